package org.cairn.grades.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cairn.infra.i18n.Phrase;
import org.cairn.grades.entity.AgsEndpoint;
import org.cairn.grades.entity.AgsLineItem;
import org.cairn.grades.entity.AgsResult;
import org.cairn.grades.entity.NewLineItem;
import org.cairn.grades.entity.Score;
import org.cairn.tenancy.tokens.LinkHeader;
import org.cairn.tenancy.tokens.ServiceCallFailed;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.cairn.tenancy.tokens.ServiceClient;

/**
 * The Assignment and Grade Services 2.0 client: find a line item by tag and resourceId before creating one,
 * create and update line items, read results, post scores. Each call asks for the one scope it needs. Failures
 * are {@link ServiceCallFailed}; the score outbox decides when to try again.
 */
public class AgsClient {

    public static final String LINEITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

    /** AGS 2.0 §3.4.4: ISO 8601 with sub-second precision; Cairn sends milliseconds, always UTC. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceCalls calls;
    private final ServiceCalls.Retries retries;
    private final int maxPages;

    public AgsClient(ServiceCalls calls, ServiceCalls.Retries retries, int maxPages) {
        this.calls = Objects.requireNonNull(calls);
        this.retries = Objects.requireNonNull(retries);
        this.maxPages = maxPages;
    }

    /**
     * The line item with this tag and resourceId, if the platform has one. The filters are sent as query
     * parameters (AGS 2.0 §3.2.4) and checked again here, because some platforms ignore them.
     */
    public Optional<AgsLineItem> find(ServiceClient client, URI lineItems, String tag, String resourceId) {
        URI filtered = withQuery(withQuery(lineItems, "resource_id", resourceId), "tag", tag);
        List<AgsLineItem> found = pages(client, filtered, AgsEndpoint.SCOPE_LINEITEM, LINEITEM_CONTAINER,
                (page) -> lineItems(page));
        return found.stream()
                .filter(item -> tag == null || item.tag().filter(tag::equals).isPresent())
                .filter(item -> resourceId == null || item.resourceId().filter(resourceId::equals).isPresent())
                .findFirst();
    }

    /** Every line item of the course's container (the teacher picks LMS assignments from it). */
    public List<AgsLineItem> all(ServiceClient client, URI lineItems, String scope) {
        return pages(client, lineItems, scope, LINEITEM_CONTAINER, AgsClient::lineItems);
    }

    /** Finds the line item by tag and resourceId, and creates it only when the platform has none. */
    public AgsLineItem findOrCreate(ServiceClient client, URI lineItems, NewLineItem wanted) {
        return find(client, lineItems, wanted.tag(), wanted.resourceId()).orElseGet(() -> create(client, lineItems, wanted));
    }

    public AgsLineItem create(ServiceClient client, URI lineItems, NewLineItem item) {
        ObjectNode body = JSON.createObjectNode();
        body.put("label", item.label());
        body.put("scoreMaximum", item.scoreMaximum());
        if (item.tag() != null) body.put("tag", item.tag());
        if (item.resourceId() != null) body.put("resourceId", item.resourceId());
        HttpResponse<String> response = calls.send(client, Set.of(AgsEndpoint.SCOPE_LINEITEM),
                HttpRequest.newBuilder(lineItems).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .header("Content-Type", LINEITEM).header("Accept", LINEITEM), retries);
        return lineItem(lineItems, read(lineItems, response));
    }

    /** Changes a line item's label and maximum (AGS 2.0 §3.2.6: PUT the whole line item). */
    public AgsLineItem update(ServiceClient client, AgsLineItem item, String label, double scoreMaximum) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", item.id().toString());
        body.put("label", label);
        body.put("scoreMaximum", scoreMaximum);
        item.tag().ifPresent(tag -> body.put("tag", tag));
        item.resourceId().ifPresent(id -> body.put("resourceId", id));
        item.resourceLinkId().ifPresent(id -> body.put("resourceLinkId", id));
        HttpResponse<String> response = calls.send(client, Set.of(AgsEndpoint.SCOPE_LINEITEM),
                HttpRequest.newBuilder(item.id()).PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .header("Content-Type", LINEITEM).header("Accept", LINEITEM), retries);
        return response.body() == null || response.body().isBlank()
                ? new AgsLineItem(item.id(), label, scoreMaximum, item.tag(), item.resourceId(), item.resourceLinkId())
                : lineItem(item.id(), read(item.id(), response));
    }

    /** Every result of a line item, page by page. */
    public List<AgsResult> results(ServiceClient client, URI lineItem) {
        return pages(client, results(lineItem), AgsEndpoint.SCOPE_RESULT_READONLY, RESULT_CONTAINER, AgsClient::results);
    }

    /** Posts one score to the line item's {@code /scores} endpoint (AGS 2.0 §3.4). */
    public void postScore(ServiceClient client, URI lineItem, Score score) {
        calls.send(client, Set.of(AgsEndpoint.SCOPE_SCORE),
                HttpRequest.newBuilder(scores(lineItem)).POST(HttpRequest.BodyPublishers.ofString(scoreBody(score)))
                        .header("Content-Type", SCORE), retries);
    }

    /** The score's JSON body. */
    public static String scoreBody(Score score) {
        ObjectNode body = JSON.createObjectNode();
        body.put("userId", score.userId());
        if (score.isCleared()) {
            // AGS 2.0 §3.4.2: without scoreGiven (and so without scoreMaximum) the platform clears the result.
            body.put("timestamp", TIMESTAMP.format(score.timestamp()));
            body.put("activityProgress", Score.CLEARED_ACTIVITY_PROGRESS);
            body.put("gradingProgress", Score.CLEARED_GRADING_PROGRESS);
            return body.toString();
        }
        body.put("scoreGiven", score.scoreGiven());
        body.put("scoreMaximum", score.scoreMaximum());
        if (score.comment() != null) body.put("comment", score.comment());
        body.put("timestamp", TIMESTAMP.format(score.timestamp()));
        body.put("activityProgress", Score.ACTIVITY_PROGRESS);
        body.put("gradingProgress", Score.GRADING_PROGRESS);
        return body.toString();
    }

    /** AGS 2.0 §3.4: {line item URL}/scores, inserted before any query (Moodle's ?type_id=). */
    public static URI scores(URI lineItem) {
        return appendToPath(lineItem, "/scores");
    }

    /** AGS 2.0 §3.3: {line item URL}/results, inserted before any query. */
    public static URI results(URI lineItem) {
        return appendToPath(lineItem, "/results");
    }

    static URI appendToPath(URI uri, String segment) {
        String raw = uri.toString();
        int fragment = raw.indexOf('#');
        if (fragment >= 0) raw = raw.substring(0, fragment);
        int query = raw.indexOf('?');
        String path = query < 0 ? raw : raw.substring(0, query);
        String rest = query < 0 ? "" : raw.substring(query);
        if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return URI.create(path + segment + rest);
    }

    static URI withQuery(URI uri, String name, String value) {
        if (value == null || value.isBlank()) return uri;
        String raw = uri.toString();
        String pair = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return URI.create(raw + (raw.contains("?") ? "&" : "?") + pair);
    }

    private <T> List<T> pages(ServiceClient client, URI first, String scope, String mediaType,
                              Function<JsonNode, List<T>> parse) {
        List<T> all = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI next = first;
        int page = 0;
        while (next != null) {
            if (page++ == maxPages || !seen.add(next)) {
                throw ServiceCallFailed.badResponse(next, Phrase.of("grades.problem.agsPagingEndless",
                        String.valueOf(first), String.valueOf(page)));
            }
            HttpResponse<String> response = calls.send(client, Set.of(scope),
                    HttpRequest.newBuilder(next).GET().header("Accept", mediaType), retries);
            all.addAll(parse.apply(read(next, response)));
            URI current = next;
            try {
                next = LinkHeader.parse(response.headers().allValues("Link")).resolve("next", current).orElse(null);
            } catch (IllegalArgumentException e) {
                throw ServiceCallFailed.badResponse(current, Phrase.of("grades.problem.agsLinkHeader",
                        String.valueOf(current), String.valueOf(e.getMessage())));
            }
            if (next != null && !(next.getHost() != null && next.getHost().equalsIgnoreCase(first.getHost()))) {
                throw ServiceCallFailed.badResponse(current, Phrase.of("grades.problem.agsNextOffHost",
                        String.valueOf(next), String.valueOf(first.getHost())));
            }
        }
        return all;
    }

    private static JsonNode read(URI uri, HttpResponse<String> response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || node.isMissingNode()) throw new IOException("empty body");
            return node;
        } catch (IOException e) {
            throw ServiceCallFailed.badResponse(uri, Phrase.of("grades.problem.agsNotJson", String.valueOf(uri),
                    response.headers().firstValue("Content-Type").orElse("-")));
        }
    }

    public static List<AgsLineItem> lineItems(JsonNode container) {
        if (!container.isArray()) {
            throw ServiceCallFailed.badResponse(null, Phrase.of("grades.problem.agsLineItemsNotArray"));
        }
        List<AgsLineItem> items = new ArrayList<>();
        container.forEach(node -> items.add(lineItem(null, node)));
        return items;
    }

    static AgsLineItem lineItem(URI from, JsonNode node) {
        String id = text(node, "id").orElseThrow(() -> ServiceCallFailed.badResponse(from, from == null
                ? Phrase.of("grades.problem.agsLineItemNoId") : Phrase.of("grades.problem.agsLineItemNoIdFrom",
                String.valueOf(from))));
        return new AgsLineItem(URI.create(id), text(node, "label").orElse(""), node.path("scoreMaximum").asDouble(0),
                text(node, "tag"), text(node, "resourceId"), text(node, "resourceLinkId"));
    }

    public static List<AgsResult> results(JsonNode container) {
        if (!container.isArray()) throw ServiceCallFailed.badResponse(null, Phrase.of("grades.problem.agsResultsNotArray"));
        List<AgsResult> results = new ArrayList<>();
        for (JsonNode node : container) {
            text(node, "userId").ifPresent(userId -> results.add(new AgsResult(userId, number(node, "resultScore"),
                    number(node, "resultMaximum"), text(node, "comment"), text(node, "timestamp"))));
        }
        return results;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()
                ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<Double> number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }
}
