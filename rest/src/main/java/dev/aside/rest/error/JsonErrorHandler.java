package dev.aside.rest.error;

import dev.aside.rest.ApiJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers (a request it cannot parse: 400, 413, 414, 431, 505; and errors raised before a
 * route runs) in the API's JSON error shape instead of Jetty's HTML page. Nothing is logged here:
 * these are the caller's mistakes, and Jetty logs parser failures at debug level only.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiJson.CONTENT_TYPE);
        return ByteBuffer.wrap(ErrorMapping.json(forStatus(status)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(ApiJson.CONTENT_TYPE);
        response.getOutputStream().write(ErrorMapping.json(forStatus(code)));
    }

    /** What the caller can do about each status Jetty answers by itself; Jetty's reason is not shown. */
    static ApiError forStatus(int status) {
        String message = switch (status) {
            case 413 -> "The request body is too large for this server.";
            case 414 -> "The URL is too long: send the parameters in a POST body (a form or JSON) instead.";
            case 431 -> "The request headers are too large: send fewer or shorter headers.";
            case 505 -> "This HTTP version is not supported: use HTTP/1.1.";
            default -> "The request is not valid HTTP (a malformed request line, header or escape); check how it is sent.";
        };
        return new ApiError(status, "http_" + status, message, null);
    }
}
