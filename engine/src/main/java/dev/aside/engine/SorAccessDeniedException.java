package dev.aside.engine;

/** The system of record refused access (credentials missing, wrong or lacking permission). */
public class SorAccessDeniedException extends AsideException {

    public SorAccessDeniedException(String message) {
        super(message);
    }

    public SorAccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
