package org.cairn.lti.launch.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * lti-checklist "target_link_uri must be one of our own URLs": same origin as Cairn's base URL and a path on an
 * allow-list ({@code /}, {@code /lti/launch}, {@code /course} and below). Anything else ({@code //evil},
 * {@code javascript:}, look-alike hosts, user-info tricks, dot segments) is refused; Cairn never redirects to it.
 */
public final class TargetLinks {

    private TargetLinks() {
    }

    public static Optional<URI> ownUrl(String target, URI base) {
        if (target == null || target.isBlank() || target.length() > 2048) return Optional.empty();
        for (char c : target.toCharArray()) {
            if (c < 0x21 || c == '\\' || c > 0x7e) return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getHost() == null) {
            return Optional.empty();
        }
        if (!uri.getScheme().equalsIgnoreCase(base.getScheme())
                || !uri.getHost().toLowerCase(Locale.ROOT).equals(base.getHost().toLowerCase(Locale.ROOT))
                || port(uri) != port(base)) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.contains("//") || path.contains("/.") || path.contains("%")) return Optional.empty();
        boolean allowed = path.equals("/") || path.equals("/lti/launch") || path.equals("/course")
                || path.startsWith("/course/");
        return allowed ? Optional.of(uri) : Optional.empty();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
