package org.policykg.serve.cache;

/** A computed HTTP answer: its media type and body. */
public record CachedResponse(String contentType, byte[] body) {
}
