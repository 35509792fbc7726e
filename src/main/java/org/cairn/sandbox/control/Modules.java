package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cairn.sandbox.entity.ContentItem;

/** The course module's items that tools added through Deep Linking. */
@ApplicationScoped
public class Modules {

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    public ContentItem add(String courseId, String clientId, String type, String title, String url, String json) {
        ContentItem item = new ContentItem(UUID.randomUUID().toString(), courseId, clientId, type, title, url,
                clock.instant());
        tables.update("INSERT INTO sandbox_content_item (id, course_id, client_id, item_type, title, url, item_json, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", item.id(), courseId, clientId, type,
                truncate(title, 1000), truncate(url, 2000), truncate(json, 16000), item.createdAt());
        return item;
    }

    public List<ContentItem> items(String courseId) {
        return tables.query("SELECT * FROM sandbox_content_item WHERE course_id = ? ORDER BY created_at, id",
                row -> new ContentItem(row.getString("id"), row.getString("course_id"), row.getString("client_id"),
                        row.getString("item_type"), row.getString("title"), row.getString("url"),
                        SandboxTables.instant(row, "created_at")), courseId);
    }

    /** One item of a course's module, for launching it. */
    public java.util.Optional<ContentItem> item(String courseId, String itemId) {
        return tables.one("SELECT * FROM sandbox_content_item WHERE course_id = ? AND id = ?",
                row -> new ContentItem(row.getString("id"), row.getString("course_id"), row.getString("client_id"),
                        row.getString("item_type"), row.getString("title"), row.getString("url"),
                        SandboxTables.instant(row, "created_at")), courseId, itemId);
    }

    /**
     * The custom parameters the tool gave an item (Deep Linking 2.0 §3.1 "custom"), sent back in every launch of
     * it, as string values as an LMS stores them.
     */
    public java.util.Map<String, String> custom(String itemId) {
        java.util.Optional<String> json = tables.one("SELECT item_json FROM sandbox_content_item WHERE id = ?",
                row -> row.getString("item_json"), itemId);
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        if (json.isEmpty() || json.get() == null) return custom;
        try {
            com.fasterxml.jackson.databind.JsonNode node = org.cairn.infra.web.JsonMapping.mapper().readTree(json.get())
                    .path("custom");
            node.fields().forEachRemaining(e -> custom.put(e.getKey(), e.getValue().isValueNode()
                    ? e.getValue().asText() : e.getValue().toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Stored by the sandbox itself from a verified response: unreadable means no custom values.
        }
        return custom;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
