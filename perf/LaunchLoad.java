import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded loopback load for the full LTI launch round trip (issue "LTI 1.3 core", figures). Each simulated user has
 * its own cookie jar. Before its first launch it opens the sandbox course page once, as a person signs in to the LMS
 * and opens the course (the LMS's page, its session cookie and the link's login initiation URL); then, per launch:
 * Cairn login initiation (302) -> sandbox OIDC authorization (form_post page with a signed id_token) -> Cairn launch
 * (form post, app page with a session token) -> first page's API call (GET /api/v1/session with the bearer token).
 * A launch counts only when all four answer as expected. {@code --lms-page every} loads the LMS's course page before
 * every launch too (the LMS's own cost, which a real LMS pays on its own machines). Runs each concurrency level for a fixed time AND at most a fixed number of launches, and prints
 * launches/s and p50/p95/p99 latency of the whole round trip. Talks to 127.0.0.1/localhost only.
 *
 * Usage: java perf/LaunchLoad.java [--cairn http://localhost:8206] [--sandbox http://127.0.0.1:8206/sandbox]
 *            [--levels 1,8,32] [--seconds 20] [--max 50000] [--warmup 5] [--pid PID of Payara, for its CPU per launch]
 *            [--lms-page once|every]
 */
public class LaunchLoad {

    static final Pattern IFRAME = Pattern.compile("<iframe[^>]*id=\"sbx-tool-frame\"[^>]*src=\"([^\"]+)\"");
    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");
    static final String COURSE = "grade6-math-writing";
    static final String LINK = "rl-my-learning-plan";
    static final String[] STEPS = {"sandbox page", "Cairn login", "sandbox auth", "Cairn launch", "first page"};
    /** Total nanoseconds per step of the measured levels, to say where the time goes. */
    static final java.util.concurrent.atomic.AtomicLongArray STEP_NANOS = new java.util.concurrent.atomic.AtomicLongArray(5);
    /** --lms-page every: the sandbox course page is part of each launch, not only of a user's first. */
    static boolean EVERY_LAUNCH_OPENS_THE_LMS_PAGE;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI cairn = loopback(options.getOrDefault("cairn", "http://localhost:8206"));
        URI sandbox = loopback(options.getOrDefault("sandbox",
                "http://127.0.0.1:" + cairn.getPort() + "/sandbox"));
        int[] levels = Arrays.stream(options.getOrDefault("levels", "1,8,32").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int max = Integer.parseInt(options.getOrDefault("max", "50000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        String lmsPage = options.getOrDefault("lms-page", "once");
        if (!lmsPage.equals("once") && !lmsPage.equals("every")) {
            throw new IllegalArgumentException("--lms-page is once or every");
        }
        EVERY_LAUNCH_OPENS_THE_LMS_PAGE = lmsPage.equals("every");
        if (seconds < 1 || seconds > 600 || max < 1 || max > 1_000_000 || warmup < 0 || warmup > 120) {
            throw new IllegalArgumentException("bounds: seconds 1..600, max 1..1000000, warmup 0..120");
        }
        for (int level : levels) {
            if (level < 1 || level > 256) throw new IllegalArgumentException("concurrency must be 1..256");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf(Locale.ROOT, "Cairn %s, sandbox %s, %d cores, levels %s, %d s each (max %d launches), "
                        + "LMS course page %s%n", cairn, sandbox, Runtime.getRuntime().availableProcessors(),
                Arrays.toString(levels), seconds, max, EVERY_LAUNCH_OPENS_THE_LMS_PAGE ? "before every launch"
                        : "once per user, before the measured launches");
        // One launch first: fail fast with the reason when something is not set up.
        new User(client, cairn, sandbox, 0).launch();
        if (warmup > 0) {
            Result w = run(client, cairn, sandbox, 8, warmup, max);
            System.out.printf(Locale.ROOT, "warm-up  c=8  %s%n", w);
        }
        for (int i = 0; i < STEPS.length; i++) STEP_NANOS.set(i, 0);
        System.out.println("concurrency  launches  errors  launches/s  p50 ms  p95 ms  p99 ms  max ms");
        String pid = options.get("pid");
        for (int level : levels) {
            client.send(HttpRequest.newBuilder(URI.create(sandbox + "/api/timings")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
            long cpuBefore = cpuMillis(pid);
            Result r = run(client, cairn, sandbox, level, seconds, max);
            long cpu = cpuMillis(pid) - cpuBefore;
            double sandboxCpu = sandboxCpuMillis(client, sandbox);
            System.out.printf(Locale.ROOT, "%11d  %8d  %6d  %10.1f  %6.1f  %6.1f  %6.1f  %6.1f%n", level, r.count,
                    r.errors, r.perSecond(), r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100));
            if (r.firstError != null) System.out.println("  first error: " + r.firstError);
            StringBuilder steps = new StringBuilder("  mean ms per step:");
            for (int i = EVERY_LAUNCH_OPENS_THE_LMS_PAGE ? 0 : 1; i < STEPS.length; i++) {
                steps.append(String.format(Locale.ROOT, " %s %.1f;", STEPS[i],
                        r.count == 0 ? Double.NaN : STEP_NANOS.getAndSet(i, 0) / 1e6 / r.count));
            }
            System.out.println(steps);
            if (pid != null && r.count > 0) {
                System.out.printf(Locale.ROOT, "  server CPU (process %s, Cairn and its sandbox): %.1f ms per launch, "
                        + "so at most %.0f launches/s on %d cores if it had them to itself%n", pid,
                        (double) cpu / r.count, r.count * 1000.0 * Runtime.getRuntime().availableProcessors() / cpu,
                        Runtime.getRuntime().availableProcessors());
                // The sandbox platform shares the process: its handlers' CPU (measured on their own threads) is
                // the platform's share; the rest, container overhead of the sandbox's requests included, is Cairn's.
                double cairnCpu = (cpu - sandboxCpu) / r.count;
                System.out.printf(Locale.ROOT, "  of which the sandbox platform's handlers %.1f ms and Cairn %.1f ms per "
                        + "launch: Cairn alone would serve at most %.0f launches/s on %d cores%n", sandboxCpu / r.count,
                        cairnCpu, 1000.0 * Runtime.getRuntime().availableProcessors() / cairnCpu,
                        Runtime.getRuntime().availableProcessors());
            }
        }
    }

    /** CPU the sandbox's handlers used since the last reset (GET /sandbox/api/timings, "allCpuMillis"). */
    static double sandboxCpuMillis(HttpClient client, URI sandbox) throws IOException, InterruptedException {
        String body = client.send(HttpRequest.newBuilder(URI.create(sandbox + "/api/timings")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"allCpuMillis\"\\s*:\\s*([0-9.Ee+-]+)").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static Result run(HttpClient client, URI cairn, URI sandbox, int concurrency, int seconds, int max)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] times = new long[max];
        AtomicInteger recorded = new AtomicInteger();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        long begin = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            User user = new User(client, cairn, sandbox, i);
            Thread thread = new Thread(() -> {
                try {
                    try {
                        user.openCoursePage();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.putIfAbsent("e", e.toString());
                        return;
                    }
                    while (System.nanoTime() < end && started.incrementAndGet() <= max) {
                        long t0 = System.nanoTime();
                        try {
                            user.launch();
                            int slot = recorded.getAndIncrement();
                            if (slot < times.length) times[slot] = System.nanoTime() - t0;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.putIfAbsent("e", e.toString());
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "launch-user-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - begin) / 1e9;
        int n = Math.min(recorded.get(), times.length);
        long[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        return new Result(n, errors.get(), elapsed, sorted, firstError.get("e"));
    }

    record Result(int count, int errors, double seconds, long[] sortedNanos, String firstError) {
        double perSecond() {
            return count / seconds;
        }

        double percentile(int p) {
            if (sortedNanos.length == 0) return Double.NaN;
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d launches, %d errors, %.1f/s, p50 %.1f ms, p99 %.1f ms", count, errors,
                    perSecond(), percentile(50), percentile(99));
        }
    }

    /** One simulated person: a demo student, with a cookie jar per host (the sandbox and Cairn are two sites). */
    static final class User {
        final HttpClient client;
        final URI cairn;
        final URI sandbox;
        final String student;
        final Map<String, Map<String, String>> jar = new HashMap<>();
        /** The link's login initiation URL, from the LMS's course page. */
        URI login;

        User(HttpClient client, URI cairn, URI sandbox, int index) {
            this.client = client;
            this.cairn = cairn;
            this.sandbox = sandbox;
            this.student = String.format(Locale.ROOT, "sbx-student-%02d", index % 24 + 1);
        }

        /** The LMS's course page: signs the person in to the sandbox (its cookie) and gives the link's login URL. */
        void openCoursePage() throws IOException, InterruptedException {
            HttpResponse<String> page = get(URI.create(sandbox + "/courses/" + COURSE + "/links/" + LINK + "?as="
                    + student), Map.of());
            Matcher frame = IFRAME.matcher(expect(page, 200, "sandbox launch page").body());
            if (!frame.find()) throw new IllegalStateException("sandbox launch page without Cairn's iframe");
            // No postMessage in an HTTP client: drop lti_storage_target so the state rides Cairn's cookie.
            login = loopback(unescape(frame.group(1)).replaceAll("&lti_storage_target=[^&]*", ""));
        }

        void launch() throws IOException, InterruptedException {
            // Cairn's state cookies are per launch: a browser would keep them until they expire; we drop them.
            jar.remove(cairn.getHost() + ":" + cairn.getPort());
            long t = System.nanoTime();
            if (EVERY_LAUNCH_OPENS_THE_LMS_PAGE || login == null) openCoursePage();
            t = step(0, t);
            HttpResponse<String> redirect = expect(get(login, Map.of()), 302, "Cairn login initiation");
            t = step(1, t);
            URI auth = loopback(redirect.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> post = expect(get(auth, Map.of()), 200, "sandbox authorization");
            t = step(2, t);
            Matcher action = FORM_ACTION.matcher(post.body());
            if (!action.find()) throw new IllegalStateException("sandbox authorization without a form");
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(post.body());
            while (hidden.find()) fields.put(hidden.group(1), unescape(hidden.group(2)));
            if (!fields.containsKey("id_token")) {
                throw new IllegalStateException("sandbox answered " + fields.get("error") + ": "
                        + fields.get("error_description"));
            }
            HttpResponse<String> app = expect(postForm(loopback(unescape(action.group(1))), fields), 200, "Cairn launch");
            t = step(3, t);
            Matcher token = TOKEN.matcher(app.body());
            if (!token.find()) throw new IllegalStateException("Cairn's launch page has no session token");
            expect(get(URI.create(cairn + "/api/v1/session"), Map.of("Authorization", "Bearer " + token.group(1))),
                    200, "first page (/api/v1/session)");
            step(4, t);
        }

        static long step(int index, long since) {
            long now = System.nanoTime();
            STEP_NANOS.addAndGet(index, now - since);
            return now;
        }

        HttpResponse<String> get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            return send(uri, request);
        }

        HttpResponse<String> postForm(URI uri, Map<String, String> form) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(uri, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** A browser's jar, minus paths and expiry: Secure cookies are sent over http on loopback as browsers do. */
        HttpResponse<String> send(URI uri, HttpRequest.Builder request) throws IOException, InterruptedException {
            String site = uri.getHost() + ":" + uri.getPort();
            Map<String, String> cookies = jar.computeIfAbsent(site, k -> new LinkedHashMap<>());
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                request.header("Cookie", header.toString());
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        }
    }

    /** utime + stime of a local process from /proc (Linux), in ms; 0 without --pid. */
    static long cpuMillis(String pid) throws IOException {
        if (pid == null) return 0;
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status, String step) {
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
            throw new IllegalStateException(step + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
        return response;
    }

    /** Loopback only: this script must never load anything but a local Cairn. */
    static URI loopback(String text) {
        URI uri = URI.create(text);
        String host = uri.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("refusing a non-loopback URL: " + text);
        }
        return uri;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
