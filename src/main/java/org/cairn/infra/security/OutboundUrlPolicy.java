package org.cairn.infra.security;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairn.infra.config.RuntimeMode;
import org.cairn.infra.i18n.Phrase;

/**
 * Which URLs Cairn's server may call when a person hands it one (Dynamic Registration's openid_configuration,
 * a framework package's URL). Such a URL arrives in a request anyone can craft, so without rules it is a
 * server-side request forgery: in production only https
 * to public addresses (checked after DNS resolution: loopback, private, link-local, unique-local, CGNAT and
 * multicast are refused), unless the operator trusts the host in the feature's setting
 * (cairn.registration.trusted-hosts for an LMS on a private network, cairn.competency.trusted-hosts for frameworks).
 * Development allows http and loopback so local platforms and the sandbox work.
 */
public final class OutboundUrlPolicy {

    /** DNS, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final RuntimeMode mode;
    private final Set<String> trustedHosts;
    private final Resolver resolver;
    /** The setting an operator adds a host to, named when an internal address is refused. */
    private final String trustedHostsSetting;

    public OutboundUrlPolicy(RuntimeMode mode, Set<String> trustedHosts, String trustedHostsSetting, Resolver resolver) {
        this.mode = mode;
        this.trustedHostsSetting = trustedHostsSetting;
        this.trustedHosts = trustedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.resolver = resolver;
    }

    public static OutboundUrlPolicy of(RuntimeMode mode, Set<String> trustedHosts, String trustedHostsSetting) {
        return new OutboundUrlPolicy(mode, trustedHosts, trustedHostsSetting, host -> List.of(InetAddress.getAllByName(host)));
    }

    /** Parses and checks a URL given as text; {@code what} names it in the message. */
    public URI check(String text, Phrase what) {
        if (text == null || text.isBlank()) {
            throw new UrlRefused(UrlRefused.Reason.MISSING_INPUT, Phrase.of("infra.server.url.missing", what));
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            throw new UrlRefused(UrlRefused.Reason.URL_REFUSED, Phrase.of("infra.server.url.notUrl", what, text));
        }
        check(uri, what);
        return uri;
    }

    public void check(URI uri, Phrase what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new UrlRefused(UrlRefused.Reason.URL_REFUSED, Phrase.of("infra.server.url.notHttp", what, uri.toString()));
        }
        if (uri.getRawUserInfo() != null) {
            throw new UrlRefused(UrlRefused.Reason.URL_REFUSED, Phrase.of("infra.server.url.userInfo", what, uri.toString()));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (mode.isDevelopment() || trustedHosts.contains(host)) {
            return;
        }
        if (!scheme.equals("https")) {
            throw new UrlRefused(UrlRefused.Reason.URL_REFUSED, Phrase.of("infra.server.url.notHttps", what, uri.toString()));
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new UrlRefused(UrlRefused.Reason.UNREACHABLE, Phrase.of("infra.server.url.unresolved", what, host));
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new UrlRefused(UrlRefused.Reason.URL_REFUSED, Phrase.of("infra.server.url.internal",
                        what, host, address.getHostAddress(), trustedHostsSetting));
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first >= 240                      // "this network", reserved, broadcast
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT (RFC 6598)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19));   // benchmarking
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true;                  // unique local fc00::/7
            boolean mapped = true;                                   // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
