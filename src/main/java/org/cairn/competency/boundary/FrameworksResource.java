package org.cairn.competency.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.control.FrameworkUrls;
import org.cairn.competency.control.Frameworks;
import org.cairn.competency.control.StandardTree;
import org.cairn.competency.entity.Framework;
import org.cairn.competency.entity.Standard;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.UniqueKeyRetry;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;
import org.cairn.session.boundary.CourseAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's frameworks: import (a CASE package, a CSV file, or the URL of a CASE package), list, one framework's
 * tree of standards, and search. Frameworks belong to the caller's registration and are shared by its courses; a
 * framework of another registration is answered as not found.
 */
@Path("/api/v1/frameworks")
public class FrameworksResource {

    static final ProblemType TOO_LARGE = new ProblemType("framework-too-large", "The framework file is too large");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEARCH_LIMIT = 50;

    @Inject
    CourseAccess access;

    @Inject
    ImportFramework importer;

    @Inject
    Frameworks frameworks;

    @Inject
    FrameworkUrls urls;

    @Inject
    UniqueKeyRetry retry;

    /** A framework in a list. */
    public record Summary(UUID id, String identifier, String title, String creator, String version, String source,
                          Instant lastChange, Instant importedAt, long standards) {
        static Summary of(Framework f, long standards) {
            return new Summary(f.id(), f.identifier(), f.title(), f.creator(), f.frameworkVersion(), f.source().name(),
                    f.lastChange(), f.importedAt(), standards);
        }
    }

    /** The tenant's frameworks, and (in development) URLs worth trying. */
    public record Listing(List<Summary> frameworks, List<String> suggestedUrls) {
    }

    /** One framework with its tree of active standards. */
    public record Detail(Summary framework, List<StandardTree.Node> standards) {
    }

    /** A standard found by a search. */
    public record Found(UUID id, String identifier, String code, String statement, String type) {
    }

    /** What an import did, and the framework it made or updated. */
    public record Imported(boolean created, int added, int updated, int unchanged, int retired, int links,
                           Summary framework) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a CASE 1.0/1.1 package, sent as the body (a CFPackage) or fetched: {\"url\": \"...\"} "
            + "(teachers). A framework the tenant has already is updated by identifier and lastChangeDateTime; a bad "
            + "package is refused as a whole (422, errors name the items)")
    public Response importCase(InputStream body) {
        access.requireTeacher();
        String sent = read(body, Body.CASE_PACKAGE);
        String url = urlAsked(sent);
        String json = url == null ? sent : urls.fetch(url);
        String by = actor();
        // Fetched once; only the import runs again when a simultaneous first import of the same framework won.
        return answer(retry.run(() -> importer.fromCase(access.registrationId(), json, by)));
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a framework from CSV with the header code,statement,type,parent_code,sequence "
            + "(teachers); ?title= names it, ?identifier= keys re-imports (defaults to the title)")
    public Response importCsv(@QueryParam("title") String title, @QueryParam("identifier") String identifier,
                              InputStream body) {
        access.requireTeacher();
        String key = identifier == null || identifier.isBlank() ? title : identifier.strip();
        if (key == null || key.isBlank()) {
            throw ProblemException.badRequest(Phrase.of("competency.problem.csvNeedsName"));
        }
        String csv = read(body, Body.CSV_FILE);
        String name = title == null ? key : title.strip();
        String by = actor();
        return answer(retry.run(() -> importer.fromCsv(access.registrationId(), key, name, csv, by)));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The frameworks of the caller's tenant (registration), shared by its courses")
    public Listing list() {
        access.requireStudentOrTeacher();
        var counts = frameworks.standardCounts(access.registrationId());
        return new Listing(frameworks.ofTenant(access.registrationId()).stream()
                .map(f -> Summary.of(f, counts.getOrDefault(f.id(), 0L))).toList(),
                access.isTeacher() ? urls.suggestions() : List.of());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "One framework with its tree of active standards (code, statement, type, sequence)")
    public Detail framework(@PathParam("id") UUID id) {
        access.requireStudentOrTeacher();
        Framework framework = find(id);
        List<Standard> standards = frameworks.standardsOf(framework.id());
        return new Detail(Summary.of(framework, standards.stream().filter(s -> !s.retired()).count()),
                StandardTree.of(standards));
    }

    @GET
    @Path("{id}/standards")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Standards of a framework whose code or statement contains ?q= (case-insensitive, at most 50)")
    public List<Found> search(@PathParam("id") UUID id, @QueryParam("q") String q) {
        access.requireStudentOrTeacher();
        Framework framework = find(id);
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest(Phrase.of("competency.problem.searchWhat"));
        }
        if (q.length() > 200) throw ProblemException.badRequest(Phrase.of("competency.problem.searchTooLong"));
        return frameworks.search(framework.id(), q.strip(), SEARCH_LIMIT).stream()
                .map(s -> new Found(s.id(), s.identifier(), s.code(), s.statement(), s.type().name())).toList();
    }

    private Framework find(UUID id) {
        return frameworks.of(access.registrationId(), id).orElseThrow(() -> ProblemException.notFound(
                Phrase.of("competency.problem.noSuchFramework", String.valueOf(id))));
    }

    private Response answer(ImportFramework.Result result) {
        Framework framework = frameworks.of(access.registrationId(), result.frameworkId()).orElseThrow();
        var counts = frameworks.standardCounts(access.registrationId());
        var imported = new Imported(result.created(), result.added(), result.updated(), result.unchanged(),
                result.retired(), result.links(), Summary.of(framework, counts.getOrDefault(framework.id(), 0L)));
        return (result.created() ? Response.created(URI.create("/api/v1/frameworks/" + framework.id()))
                : Response.ok()).entity(imported).build();
    }

    private String actor() {
        return "person:" + access.personId();
    }

    /** What a body is, by the keys of the sentences that say it is too large, empty or unreadable. */
    enum Body {
        CASE_PACKAGE("competency.problem.casePackageTooLarge", "competency.problem.casePackageEmpty",
                "competency.problem.casePackageUnreadable"),
        CSV_FILE("competency.problem.csvFileTooLarge", "competency.problem.csvFileEmpty",
                "competency.problem.csvFileUnreadable");

        final String tooLarge;
        final String empty;
        final String unreadable;

        Body(String tooLarge, String empty, String unreadable) {
            this.tooLarge = tooLarge;
            this.empty = empty;
            this.unreadable = unreadable;
        }
    }

    private String read(InputStream body, Body what) {
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(urls.maxBytes() + 1);
            if (bytes.length > urls.maxBytes()) {
                throw new ProblemException(TOO_LARGE, 413, Phrase.of(what.tooLarge, String.valueOf(urls.maxBytes())));
            }
            if (bytes.length == 0) throw ProblemException.badRequest(Phrase.of(what.empty));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ProblemException.badRequest(Phrase.of(what.unreadable, e.getClass().getSimpleName()));
        }
    }

    /** {"url": "..."} and nothing a CFPackage has: a request to fetch the package from there. */
    static String urlAsked(String json) {
        if (json.length() > 8192) return null;
        try {
            JsonNode node = JSON.readTree(json);
            if (node != null && node.isObject() && node.has("url") && !node.has("CFDocument")) {
                if (!node.get("url").isTextual() || node.size() != 1) {
                    throw ProblemException.badRequest(Phrase.of("competency.problem.urlRequestShape"));
                }
                return node.get("url").asText();
            }
            return null;
        } catch (JsonProcessingException e) {
            return null; // the CASE reader reports where the JSON breaks
        }
    }
}
