package org.policykg.serve.upload;

import java.util.regex.Pattern;

import org.policykg.serve.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The file name an upload is stored under (and recorded as its {@code dcterms:source}): a plain
 * {@code .txt} file name of letters, digits and {@code _ - . ( )} and spaces. Anything with a path in
 * it ({@code /}, {@code \}, {@code ..}), control characters, a leading dot or another extension is refused.
 */
final class UploadNames {
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_\\-. ()（）]{0,150}\\.txt",
            Pattern.CASE_INSENSITIVE);

    private UploadNames() {
    }

    static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the uploaded part 'file' has no file name");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "file name '" + printable(name) + "' refused: it must be a plain file name, not a path");
        }
        if (!SAFE.matcher(name).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "file name '" + printable(name)
                    + "' refused: a plain-text document named like 001_abc.txt (letters, digits, _ - . ( ) and spaces; ending .txt)");
        }
        return name;
    }

    private static String printable(String name) {
        return name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
