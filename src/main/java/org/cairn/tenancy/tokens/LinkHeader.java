package org.cairn.tenancy.tokens;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 8288 {@code Link} header values, as NRPS (§2.4.1, paging and differences) and AGS (line item and result
 * containers) use them: several links per header and several headers, quoted or bare parameters, and
 * {@code rel} with several space-separated relation types. Targets resolve against the request URI
 * (RFC 8288 §3.1).
 */
public final class LinkHeader {

    /** One link: its target (as written, resolved later) and its parameters, names in lower case. */
    public record Link(String target, Map<String, String> parameters) {
        public List<String> relations() {
            String rel = parameters.get("rel");
            return rel == null ? List.of() : List.of(rel.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        }
    }

    private final List<Link> links;

    private LinkHeader(List<Link> links) {
        this.links = List.copyOf(links);
    }

    public static LinkHeader parse(Collection<String> headerValues) {
        List<Link> links = new ArrayList<>();
        for (String value : headerValues) {
            if (value != null) links.addAll(parseOne(value));
        }
        return new LinkHeader(links);
    }

    public List<Link> links() {
        return links;
    }

    /** The raw target of the first link with this relation type. */
    public Optional<String> target(String relation) {
        String wanted = relation.toLowerCase(Locale.ROOT);
        return links.stream().filter(l -> l.relations().contains(wanted)).map(Link::target).findFirst();
    }

    /**
     * The target of the first link with this relation, resolved against the request URI; an unparsable target is
     * an {@link IllegalArgumentException} naming it.
     */
    public Optional<URI> resolve(String relation, URI base) {
        return target(relation).map(target -> {
            try {
                return base.resolve(new URI(target));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("The Link header's rel=\"" + relation + "\" target '" + target
                        + "' is not a URI: " + e.getReason());
            }
        });
    }

    private static List<Link> parseOne(String header) {
        List<Link> links = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            i = skip(header, i, " \t,");
            if (i >= n) break;
            if (header.charAt(i) != '<') {
                throw new IllegalArgumentException("A Link header value must start with <target>: '" + header + "'");
            }
            int close = header.indexOf('>', i);
            if (close < 0) throw new IllegalArgumentException("Unterminated <target> in Link header '" + header + "'");
            String target = header.substring(i + 1, close).trim();
            i = close + 1;
            Map<String, String> parameters = new LinkedHashMap<>();
            while (true) {
                i = skip(header, i, " \t");
                if (i >= n || header.charAt(i) == ',') break;
                if (header.charAt(i) != ';') {
                    throw new IllegalArgumentException("Expected ';' or ',' at " + i + " in Link header '" + header + "'");
                }
                i = skip(header, i + 1, " \t");
                int nameStart = i;
                while (i < n && "=;, \t".indexOf(header.charAt(i)) < 0) i++;
                String name = header.substring(nameStart, i).toLowerCase(Locale.ROOT);
                i = skip(header, i, " \t");
                String value = "";
                if (i < n && header.charAt(i) == '=') {
                    i = skip(header, i + 1, " \t");
                    if (i < n && header.charAt(i) == '"') {
                        StringBuilder quoted = new StringBuilder();
                        i++;
                        while (i < n && header.charAt(i) != '"') {
                            if (header.charAt(i) == '\\' && i + 1 < n) i++;
                            quoted.append(header.charAt(i++));
                        }
                        i++; // closing quote
                        value = quoted.toString();
                    } else {
                        int valueStart = i;
                        while (i < n && ";,".indexOf(header.charAt(i)) < 0) i++;
                        value = header.substring(valueStart, i).trim();
                    }
                }
                // RFC 8288 §3.3: only the first occurrence of rel counts.
                if (!name.isEmpty()) parameters.putIfAbsent(name, value);
            }
            links.add(new Link(target, Map.copyOf(parameters)));
        }
        return links;
    }

    private static int skip(String s, int i, String chars) {
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }
}
