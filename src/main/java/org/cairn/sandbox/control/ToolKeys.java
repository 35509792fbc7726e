package org.cairn.sandbox.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cairn.sandbox.entity.Tool;

/**
 * The JWKS of each registered tool, fetched over HTTP as a real platform would, one cached source per JWKS URL
 * (Nimbus JWKSourceBuilder: cache, refresh on unknown kid, rate limit).
 */
@ApplicationScoped
public class ToolKeys implements ClientAssertions.KeySources {

    private final Map<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    @Override
    public JWKSource<SecurityContext> of(Tool tool) {
        return sources.computeIfAbsent(tool.jwksUri(), ToolKeys::remote);
    }

    private static JWKSource<SecurityContext> remote(URI jwksUri) {
        try {
            DefaultResourceRetriever retriever = new DefaultResourceRetriever(3000, 3000, 256 * 1024);
            retriever.setHeaders(Map.of("User-Agent", java.util.List.of("Cairn-Sandbox-LMS")));
            return JWKSourceBuilder.create(jwksUri.toURL(), retriever)
                    .cache(true).rateLimited(true).refreshAheadCache(false).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("jwks_uri is not a URL: " + jwksUri, e);
        }
    }
}
