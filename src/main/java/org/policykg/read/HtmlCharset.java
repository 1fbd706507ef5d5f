package org.policykg.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page. Valid UTF-8 is UTF-8 whatever the page declares (sites that moved to UTF-8
 * often kept {@code charset=gb2312} in their templates); otherwise the {@code <meta>} charset is
 * believed, with GB2312 and GBK read as their superset GB18030; a page that declares nothing is
 * detected like plain text.
 */
final class HtmlCharset {
    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);
    private static final int HEAD = 4096;

    private final TextDecoder decoder = new TextDecoder();

    String decode(Path file, byte[] bytes) throws BadInputException {
        if (!hasBom(bytes) && TextDecoder.strict(bytes, 0, StandardCharsets.UTF_8) == null) {
            Charset declared = declared(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                String text = TextDecoder.strict(bytes, 0, declared);
                if (text != null) {
                    return text;
                }
            }
        }
        return decoder.decode(file, bytes).text();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xEF);
    }

    private static Charset declared(byte[] bytes) {
        Matcher m = META.matcher(new String(bytes, 0, Math.min(HEAD, bytes.length), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
