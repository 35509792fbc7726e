package org.cairn.infra.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads cairn.base-url strictly: an absolute http(s) URL with a host and no query, fragment or trailing slash. */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static URI parse(String value) {
        try {
            URI uri = new URI(value.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("cairn.base-url must be an absolute http(s) URL such as "
                        + "https://cairn.example.org, not '" + value + "'");
            }
            String text = uri.toString();
            while (text.endsWith("/")) text = text.substring(0, text.length() - 1);
            return URI.create(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cairn.base-url is not a URL: '" + value + "'", e);
        }
    }
}
