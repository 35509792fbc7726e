import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a roster sync of the sandbox's 5,000-member course (issue "Roster and grades", figures) in "Cairn time":
 * the sync's own duration (started -> finished, from Cairn's sync status) minus the time the sandbox's NRPS and
 * token handlers spent answering (from the sandbox's timings API). The teacher launch starts the first sync (5,000
 * new people); then --runs more syncs on request (every member already known). Loopback only, bounded.
 *
 * Usage: java perf/RosterSync.java [--cairn http://localhost:8206] [--runs 3] [--full true]
 */
public class RosterSync {

    static final Pattern IFRAME = Pattern.compile("<iframe[^>]*id=\"sbx-tool-frame\"[^>]*src=\"([^\"]+)\"");
    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");
    static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[-0-9.]+|null)");

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, Map<String, String>> JAR = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        URI cairn = loopback(options.getOrDefault("cairn", "http://localhost:8206"));
        URI sandbox = loopback(options.getOrDefault("sandbox", "http://127.0.0.1:" + cairn.getPort() + "/sandbox"));
        int runs = Math.max(0, Math.min(20, Integer.parseInt(options.getOrDefault("runs", "3"))));
        // --full true: the later syncs read the whole membership (?full=true) instead of NRPS differences.
        boolean full = Boolean.parseBoolean(options.getOrDefault("full", "false"));

        Map<String, String> course = json(send(HttpRequest.newBuilder(URI.create(sandbox + "/api/large-course"))).body());
        System.out.printf(Locale.ROOT, "Course %s with %s members in the sandbox%n", course.get("courseId"),
                course.get("members"));
        send(HttpRequest.newBuilder(URI.create(sandbox + "/api/timings")).DELETE());
        String token = launch(loopback(course.get("teacherLaunch")), cairn);
        report("first sync (after the teacher launch)", await(cairn, token), sandbox);
        for (int i = 1; i <= runs; i++) {
            send(HttpRequest.newBuilder(URI.create(sandbox + "/api/timings")).DELETE());
            HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(cairn + "/api/v1/courses/current/roster/sync"
                            + (full ? "?full=true" : "")))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
            if (started.statusCode() != 202) throw new IllegalStateException("sync now answered " + started.statusCode());
            report("sync " + i + " on request (everyone known, " + (full ? "full" : "differences if offered") + ")",
                    await(cairn, token), sandbox);
        }
    }

    static void report(String what, Map<String, String> sync, URI sandbox) throws Exception {
        Map<String, String> timings = json(send(HttpRequest.newBuilder(URI.create(sandbox + "/api/timings"))).body());
        long total = Duration.between(instant(sync.get("startedAt")), instant(sync.get("finishedAt"))).toMillis();
        double lms = Double.parseDouble(timings.get("millis"));
        System.out.printf(Locale.ROOT, "%-40s %s: %s active, %s pages; total %d ms, sandbox handlers %.0f ms in %s calls,"
                        + " Cairn time %.0f ms%n", what, sync.get("status"), sync.get("activeMembers"), sync.get("pages"),
                total, lms, timings.get("calls"), total - lms);
    }

    /** Jackson writes an Instant as ISO-8601 text or as decimal epoch seconds, depending on its settings. */
    static Instant instant(String value) {
        if (value.matches("[0-9]+(\\.[0-9]+)?")) {
            java.math.BigDecimal seconds = new java.math.BigDecimal(value);
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(value);
    }

    /** Polls the sync status (bounded: 5 minutes) until it is no longer queued or running. */
    static Map<String, String> await(URI cairn, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> sync = json(send(HttpRequest.newBuilder(URI.create(cairn + "/api/v1/courses/current/roster/sync"))
                    .header("Authorization", "Bearer " + token)).body());
            String status = sync.get("status");
            if ("SUCCEEDED".equals(status)) return sync;
            if ("FAILED".equals(status)) throw new IllegalStateException("sync failed: " + sync.get("message"));
            Thread.sleep(100);
        }
        throw new IllegalStateException("the sync did not finish within 5 minutes");
    }

    static String launch(URI page, URI cairn) throws Exception {
        Matcher frame = IFRAME.matcher(send(HttpRequest.newBuilder(page)).body());
        if (!frame.find()) throw new IllegalStateException("no Cairn iframe on " + page + " (is Cairn registered?)");
        URI login = loopback(unescape(frame.group(1)).replaceAll("&lti_storage_target=[^&]*", ""));
        URI auth = loopback(send(HttpRequest.newBuilder(login)).headers().firstValue("Location").orElseThrow());
        String post = send(HttpRequest.newBuilder(auth)).body();
        Matcher action = FORM_ACTION.matcher(post);
        if (!action.find()) throw new IllegalStateException("no form from the sandbox's authorization");
        StringBuilder form = new StringBuilder();
        Matcher hidden = HIDDEN.matcher(post);
        while (hidden.find()) {
            form.append(form.length() == 0 ? "" : "&").append(hidden.group(1)).append('=')
                    .append(URLEncoder.encode(unescape(hidden.group(2)), StandardCharsets.UTF_8));
        }
        String app = send(HttpRequest.newBuilder(loopback(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))).body();
        Matcher token = TOKEN.matcher(app);
        if (!token.find()) throw new IllegalStateException("Cairn's launch page has no session token");
        return token.group(1);
    }

    /** One browser's jar per site; Secure cookies are sent over http on loopback, as browsers do. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        String site = built.uri().getHost() + ":" + built.uri().getPort();
        Map<String, String> cookies = JAR.computeIfAbsent(site, k -> new LinkedHashMap<>());
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            built = HttpRequest.newBuilder(built, (n, v) -> true).header("Cookie", header.toString()).build();
        }
        HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return response;
    }

    /** Flat JSON objects only: enough for the status and timings answers. */
    static Map<String, String> json(String body) {
        Map<String, String> values = new HashMap<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) values.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
        return values;
    }

    static URI loopback(String text) {
        URI uri = URI.create(text);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("refusing a non-loopback URL: " + text);
        }
        return uri;
    }

    static URI loopback(URI uri) {
        return loopback(uri.toString());
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
