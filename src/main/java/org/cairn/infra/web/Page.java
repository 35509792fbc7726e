package org.cairn.infra.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairn.infra.i18n.Messages;

/**
 * A server-rendered HTML page in Cairn's shell: {@code lang}, landmarks, the import map, the stylesheet, and a
 * Content-Security-Policy whose script nonce is fresh for every response. Callers pass body HTML that they have
 * already escaped ({@link Html#escape}); boot data travels as JSON that scripts read, never as inline code.
 */
public final class Page {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Messages messages;
    private String title = "Cairn";
    private String body = "";
    private final List<String> modules = new ArrayList<>();
    private final Map<String, Object> boot = new LinkedHashMap<>();
    private final List<String> frameSources = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int status = 200;

    private Page(Messages messages) {
        this.messages = messages;
    }

    public static Page in(Locale locale) {
        return new Page(Messages.forLocale(locale));
    }

    public static Page in(Messages messages) {
        return new Page(messages);
    }

    public Messages messages() {
        return messages;
    }

    public Page title(String text) {
        this.title = text;
        return this;
    }

    /** HTML for inside {@code <main>}; every untrusted value in it must already be escaped. */
    public Page body(String html) {
        this.body = html;
        return this;
    }

    public Page module(String path) {
        modules.add(path);
        return this;
    }

    public Page boot(String key, Object value) {
        boot.put(key, value);
        return this;
    }

    /** Origins this page may frame (the sandbox LMS frames Cairn). */
    public Page frameSource(String origin) {
        frameSources.add(origin);
        return this;
    }

    public Page status(int status) {
        this.status = status;
        return this;
    }

    public Page header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Launch pages and pages with tokens: never cached, never leaked through a Referer. */
    public Page privateAndUncached() {
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        headers.put("Referrer-Policy", "no-referrer");
        return this;
    }

    public Response render() {
        String nonce = nonce();
        StringBuilder html = new StringBuilder(4096);
        String lang = messages.locale().toLanguageTag();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/css/cairn.css\">\n")
                .append("<script type=\"importmap\" nonce=\"").append(nonce).append("\">")
                .append(Html.scriptSafeJson(json(Map.of("imports", ImportMap.imports())))).append("</script>\n");
        if (!boot.isEmpty()) {
            html.append("<script type=\"application/json\" id=\"cairn-boot\">")
                    .append(Html.scriptSafeJson(json(boot))).append("</script>\n");
        }
        for (String module : modules) {
            html.append("<script type=\"module\" src=\"").append(Html.escape(module)).append("\"></script>\n");
        }
        html.append("</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">").append(Html.escape(messages.get("shell.skip")))
                .append("</a>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n").append(body).append("\n</main>\n")
                .append("</body>\n</html>\n");
        Response.ResponseBuilder response = Response.status(status)
                .type("text/html; charset=utf-8")
                .header("Content-Security-Policy", contentSecurityPolicy(nonce))
                .header("Content-Language", lang) // the same language as <html lang>
                .entity(html.toString());
        headers.forEach(response::header);
        return response.build();
    }

    private String contentSecurityPolicy(String nonce) {
        String frames = frameSources.isEmpty() ? "'self'" : "'self' " + String.join(" ", frameSources);
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-src " + frames;
    }

    private static String json(Object value) {
        try {
            return JsonMapping.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Page data is not serializable", e);
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
