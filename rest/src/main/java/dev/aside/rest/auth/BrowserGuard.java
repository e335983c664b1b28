package dev.aside.rest.auth;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps web pages away from the API. A loopback server without a token is open to any local program,
 * which is what scripts need, but a browser is a local program that runs other people's code: any page
 * can send "simple" GETs and form POSTs, and a page whose name is re-pointed to 127.0.0.1 (DNS
 * rebinding) can even read the answers. So a request is refused (403) when:
 * <ul>
 * <li>the server listens on loopback only and the {@code Host} header is not a loopback name
 * (127.0.0.0/8, {@code localhost}, {@code [::1]}; the port is not checked), which defeats rebinding;
 * <li>it carries an {@code Origin} (browsers add one to cross-origin and to non-GET requests) that is
 * neither a configured CORS origin nor this server's own, as the bundled {@code /api} page's is;
 * {@code Origin: null} (sandboxed frames, files) is refused too;
 * <li>without an allowed {@code Origin}, {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}:
 * browsers send it even for image and form loads that carry no {@code Origin}.
 * </ul>
 * curl, scripts and the console send neither header, so they are unaffected. {@link Access#OPEN} routes
 * (health and the API documentation) only get the Host check, so links to {@code /api} keep working.
 * Thread-safe and immutable.
 */
public final class BrowserGuard {

    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

    private final Set<String> corsOrigins;
    private final boolean loopbackOnly;

    /**
     * @param corsOrigins origins allowed to call from a browser, as given to {@code --cors-origin};
     *     one without a scheme means {@code https://}, as Javalin's CORS plugin reads it
     * @param loopbackOnly whether the server listens on loopback only
     */
    public BrowserGuard(List<String> corsOrigins, boolean loopbackOnly) {
        this.corsOrigins = corsOrigins.stream().map(BrowserGuard::normalized).collect(Collectors.toUnmodifiableSet());
        this.loopbackOnly = loopbackOnly;
    }

    /** Throws {@link AuthException} (403) when the request looks like it comes from a web page. */
    public void check(Context ctx, Access access) {
        String host = ctx.header(Header.HOST);
        if (loopbackOnly && host != null && !isLoopbackName(host)) {
            throw AuthException.browser("This server answers only requests addressed to 127.0.0.1, localhost or [::1]"
                    + " (the Host header was '" + host + "'); call it by one of those names.");
        }
        if (access == Access.OPEN) {
            return;
        }
        String origin = ctx.header(Header.ORIGIN);
        if (origin != null) {
            if (!allowed(normalized(origin), host)) {
                throw refused();
            }
            return;
        }
        String site = ctx.header(SEC_FETCH_SITE);
        if (site != null && FOREIGN_SITES.contains(site.toLowerCase(Locale.ROOT))) {
            throw refused();
        }
    }

    private boolean allowed(String origin, String host) {
        return corsOrigins.contains(origin)
                || host != null && (origin.equals("http://" + host.toLowerCase(Locale.ROOT))
                        || origin.equals("https://" + host.toLowerCase(Locale.ROOT)));
    }

    private static AuthException refused() {
        return AuthException.browser("Requests from web pages are refused; call the API from a script or curl, "
                + "or start the server with --cors-origin <origin> for a page you trust.");
    }

    /** Whether a Host header value names this machine: 127.0.0.0/8, localhost or [::1], any port. */
    static boolean isLoopbackName(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && name.substring(1, end).equals("::1") && portOnly(name.substring(end + 1));
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            if (!portOnly(name.substring(colon))) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return name.equals("localhost") || LOOPBACK_V4.matcher(name).matches();
    }

    private static boolean portOnly(String rest) {
        return rest.isEmpty() || PORT.matcher(rest).matches();
    }

    private static String normalized(String origin) {
        String value = origin.trim().toLowerCase(Locale.ROOT);
        value = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return value.contains("://") || value.equals("null") ? value : "https://" + value;
    }
}
