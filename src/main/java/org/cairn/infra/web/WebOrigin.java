package org.cairn.infra.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The origin (scheme://host[:port]) of an http(s) URL, as browsers compare them for framing and postMessage. */
public final class WebOrigin {

    private WebOrigin() {
    }

    public static Optional<String> of(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) return Optional.empty();
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) return Optional.empty();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
