package org.cairn.roster.nrps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.tenancy.tokens.LinkHeader;
import org.cairn.tenancy.tokens.ServiceCallFailed;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.cairn.tenancy.tokens.ServiceClient;

/**
 * Reads a context membership (NRPS 2.0 §2): GET the {@code context_memberships_url} as given (its own query kept),
 * with the membership container media type and a token for the read-only membership scope, following
 * {@code Link: rel="next"} up to a bound, and reporting {@code rel="differences"}. Transient failures are retried
 * in place through {@link ServiceCalls.Retries}; a roster sync has a person waiting for it.
 */
public class MembershipClient {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private static final Logger LOG = Logger.getLogger(MembershipClient.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceCalls calls;
    private final ServiceCalls.Retries retries;
    private final int maxPages;

    public MembershipClient(ServiceCalls calls, ServiceCalls.Retries retries, int maxPages) {
        this.calls = Objects.requireNonNull(calls);
        this.retries = Objects.requireNonNull(retries);
        if (maxPages < 1) throw new IllegalArgumentException("cairn.nrps.max-pages must be at least 1");
        this.maxPages = maxPages;
    }

    /** Every member, page by page. */
    public Membership members(ServiceClient client, URI membershipsUrl, MembershipProgress progress) {
        return read(client, membershipsUrl, progress);
    }

    /**
     * The changes since the read that offered this {@code rel="differences"} URL (NRPS 2.0 §2.4.2): members added
     * or changed, and members whose status is now {@code Inactive} or {@code Deleted}; pages follow
     * {@code rel="next"} as in a full read. The URL was stored from an earlier answer, so it is checked again
     * against the course's {@code context_memberships_url} (which the launch checked against the platform's
     * hosts) before a token is sent to it.
     */
    public Membership differences(ServiceClient client, URI membershipsUrl, URI differencesUrl,
                                  MembershipProgress progress) {
        requireHttp(membershipsUrl, membershipsUrl, "context_memberships_url");
        requireHttp(differencesUrl, membershipsUrl, "rel=\"differences\"");
        return read(client, differencesUrl, progress);
    }

    private Membership read(ServiceClient client, URI first, MembershipProgress progress) {
        requireHttp(first, first, "context_memberships_url");
        List<Member> members = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Optional<URI> differences = Optional.empty();
        URI next = first;
        int page = 0;
        while (next != null) {
            if (page == maxPages) {
                throw ServiceCallFailed.badResponse(next, Phrase.of("roster.problem.membershipTooManyPages",
                        String.valueOf(first), String.valueOf(maxPages), String.valueOf(page)));
            }
            if (!seen.add(next)) {
                throw ServiceCallFailed.badResponse(next, Phrase.of("roster.problem.membershipPagingLoops",
                        String.valueOf(next)));
            }
            page++;
            HttpResponse<String> response = calls.send(client, Set.of(SCOPE),
                    HttpRequest.newBuilder(next).GET().header("Accept", MEDIA_TYPE), retries);
            members.addAll(parsePage(next, response));
            LinkHeader links = links(next, response);
            if (differences.isEmpty()) differences = resolve(links, "differences", next, first);
            next = resolve(links, "next", next, first).orElse(null);
            progress.pageRead(members.size(), page);
        }
        int pages = page;
        LOG.fine(() -> "Read " + members.size() + " members in " + pages + " pages from " + first);
        return new Membership(members, differences, pages);
    }

    private static LinkHeader links(URI uri, HttpResponse<String> response) {
        try {
            return LinkHeader.parse(response.headers().allValues("Link"));
        } catch (IllegalArgumentException e) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipLinkHeader", String.valueOf(uri),
                    String.valueOf(e.getMessage())));
        }
    }

    private static Optional<URI> resolve(LinkHeader links, String relation, URI page, URI first) {
        Optional<URI> target;
        try {
            target = links.resolve(relation, page);
        } catch (IllegalArgumentException e) {
            throw ServiceCallFailed.badResponse(page, Phrase.of("roster.problem.membershipLinkHeader",
                    String.valueOf(page), String.valueOf(e.getMessage())));
        }
        target.ifPresent(uri -> requireHttp(uri, first, "rel=\"" + relation + "\""));
        return target;
    }

    /** A link must stay on the platform's origin: Cairn's bearer token goes with it. */
    private static void requireHttp(URI uri, URI first, String what) {
        boolean http = uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                && uri.getHost() != null;
        if (!http || !uri.getScheme().equals(first.getScheme()) || !uri.getHost().equalsIgnoreCase(first.getHost())
                || uri.getPort() != first.getPort()) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipOffHost", what,
                    String.valueOf(uri), String.valueOf(first.getHost())));
        }
    }

    /** One page's members; public for the benchmark. */
    public static List<Member> parsePage(URI uri, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        // NRPS 2.0 §2.2 names the container media type; plain JSON is tolerated, anything else (an HTML login or
        // error page) is not a membership.
        if (!type.startsWith(MEDIA_TYPE) && !type.startsWith("application/json")) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipMediaType", String.valueOf(uri),
                    type, MEDIA_TYPE));
        }
        return parseMembers(uri, response.body());
    }

    public static List<Member> parseMembers(URI uri, String body) {
        JsonNode container;
        try {
            container = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipNotJson", String.valueOf(uri),
                    String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipUnreadable", String.valueOf(uri),
                    String.valueOf(e.getMessage())));
        }
        if (container == null || !container.isObject() || !container.path("members").isArray()) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipNoMembers", String.valueOf(uri)));
        }
        List<Member> members = new ArrayList<>(container.get("members").size());
        int index = 0;
        for (JsonNode node : container.get("members")) {
            try {
                members.add(member(node));
            } catch (IllegalArgumentException e) {
                throw ServiceCallFailed.badResponse(uri, Phrase.of("roster.problem.membershipMember",
                        String.valueOf(index), String.valueOf(uri), String.valueOf(e.getMessage())));
            }
            index++;
        }
        return members;
    }

    private static Member member(JsonNode node) {
        if (!node.isObject()) throw new IllegalArgumentException("not an object");
        JsonNode userId = node.get("user_id");
        if (userId == null || !(userId.isTextual() || userId.isNumber()) || userId.asText().isBlank()) {
            throw new IllegalArgumentException("user_id is missing");
        }
        List<String> roles = new ArrayList<>();
        JsonNode roleNodes = node.path("roles");
        if (roleNodes.isArray()) {
            roleNodes.forEach(role -> {
                if (role.isTextual()) roles.add(role.asText());
            });
        } else if (roleNodes.isTextual()) {
            roles.add(roleNodes.asText());
        }
        return new Member(userId.asText(), MemberStatus.parse(text(node, "status").orElse(null)), roles,
                text(node, "name"), text(node, "given_name"), text(node, "family_name"), text(node, "email"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()
                ? Optional.empty() : Optional.of(value.asText());
    }
}
