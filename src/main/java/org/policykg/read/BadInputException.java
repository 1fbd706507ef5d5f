package org.policykg.read;

import java.nio.file.Path;

/** Input that cannot become a document; the message names the file and the reason. */
public class BadInputException extends Exception {
    private final String file;
    private final String reason;

    public BadInputException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public BadInputException(Path file, String reason) {
        this(file.toString(), reason);
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
