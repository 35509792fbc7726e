package org.cairn.sandbox.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offset paging for NRPS and AGS containers: {@code limit} (default 100, at most 1000) and an opaque
 * {@code page} number; the next page's URL goes in {@code Link: <url>; rel="next"} (NRPS 2.0 §2.4.2).
 */
public record Paging(int limit, int page) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static Paging of(Integer limit, Integer page) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int p = page == null ? 1 : page;
        if (l < 1) throw new IllegalArgumentException("limit must be at least 1, not " + l);
        if (p < 1) throw new IllegalArgumentException("page must be at least 1, not " + p);
        return new Paging(Math.min(l, MAX_LIMIT), p);
    }

    public <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * limit;
        if (from >= all.size()) return List.of();
        return all.subList((int) from, (int) Math.min(all.size(), from + limit));
    }

    public boolean hasNext(int total) {
        return (long) page * limit < total;
    }

    /**
     * The Link header value for this page of {@code total} items at {@code base} (whose other query
     * parameters, given in {@code keep}, are kept), or empty when there is only this page.
     */
    public Optional<String> link(URI base, List<String> keep, int total) {
        List<String> links = new ArrayList<>();
        if (hasNext(total)) links.add("<" + url(base, keep, page + 1) + ">; rel=\"next\"");
        if (page > 1) links.add("<" + url(base, keep, page - 1) + ">; rel=\"prev\"");
        links.add("<" + url(base, keep, 1) + ">; rel=\"first\"");
        int last = Math.max(1, (total + limit - 1) / limit);
        links.add("<" + url(base, keep, last) + ">; rel=\"last\"");
        return Optional.of(String.join(", ", links));
    }

    private String url(URI base, List<String> keep, int target) {
        StringBuilder query = new StringBuilder();
        for (String pair : keep) query.append(pair).append('&');
        query.append("limit=").append(limit).append("&page=").append(target);
        return base + "?" + query;
    }
}
