package org.policykg.serve.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.URI;

import org.policykg.serve.StoreChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/documents} (multipart/form-data, field {@code file}): ingests one document while
 * the server runs; 201 with the stored graph, queryable at once. The token check is {@link UploadGate}'s.
 */
@RestController
public class DocumentUploadController {
    private final DocumentUploads uploads;
    private final ApplicationEventPublisher events;

    public DocumentUploadController(DocumentUploads uploads, ApplicationEventPublisher events) {
        this.uploads = uploads;
        this.events = events;
    }

    @PostMapping(path = UploadGate.PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DocumentUploads.Stored> upload(@RequestPart("file") MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            DocumentUploads.Stored stored = uploads.ingest(file.getOriginalFilename(), in);
            events.publishEvent(new StoreChanged(stored.graph()));
            URI location = URI.create("/ds/get?graph=" + URLEncoder.encode(stored.graph(), StandardCharsets.UTF_8));
            return ResponseEntity.created(location).body(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
