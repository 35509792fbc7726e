package org.cairn.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.cairn.testing.AtOnce;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Frameworks, course standards and the course scale over real HTTP with real launches. Each test has its own
 * tenant (a test platform with its own registration), so the CASE fixtures, which share one CFDocument identifier,
 * never meet. Packages: OpenSALT's test packages (src/test/resources/fixtures/case, see SOURCE.md), some broken here
 * on purpose.
 */
class StandardsApiIT {

    private static final String SMART_LEVEL = "SmartLevelFramework.json";
    private final CairnServer cairn = CairnServer.shared();
    private final List<TestCourse> courses = new ArrayList<>();

    @AfterEach
    void close() {
        courses.forEach(TestCourse::close);
    }

    private TestCourse course() {
        TestCourse course = new TestCourse(cairn);
        courses.add(course);
        return course;
    }

    private static String fixture(String name) {
        try (InputStream in = StandardsApiIT.class.getResourceAsStream("/fixtures/case/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mutated(String name, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) Http.JSON.readTree(fixture(name));
            change.accept(root);
            return Http.JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode association(ObjectNode root, String originSuffix) {
        for (JsonNode a : root.get("CFAssociations")) {
            if (a.get("originNodeURI").get("identifier").asText().endsWith(originSuffix)) return (ObjectNode) a;
        }
        throw new IllegalArgumentException(originSuffix);
    }

    private long frameworkRows(TestCourse course) {
        return course.count("SELECT COUNT(*) FROM framework WHERE registration_id = ?", course.platform.registrationId);
    }

    private long standardRows(TestCourse course) {
        return course.count("SELECT COUNT(*) FROM standard s JOIN framework f ON f.id = s.framework_id "
                + "WHERE f.registration_id = ?", course.platform.registrationId);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void aTeacherImportsACasePackageAndReadsItsTreeInSequenceOrder() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        Http.Reply created = course.post(teacher, "/api/v1/frameworks", "application/json", fixture(SMART_LEVEL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode result = created.json();
        assertThat(result.get("created").asBoolean()).isTrue();
        assertThat(result.get("added").asInt()).isEqualTo(14);
        String id = result.get("framework").get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/v1/frameworks/" + id);

        JsonNode listing = course.ok(course.get(teacher, "/api/v1/frameworks"));
        assertThat(list(listing.get("frameworks"))).extracting(f -> f.get("title").asText()).containsExactly("SmartLevel Test");
        assertThat(listing.get("frameworks").get(0).get("standards").asInt()).isEqualTo(14);

        JsonNode detail = course.ok(course.get(teacher, "/api/v1/frameworks/" + id));
        List<JsonNode> roots = list(detail.get("standards"));
        assertThat(roots).hasSize(2);
        assertThat(roots.get(0).get("identifier").asText()).endsWith("0001");
        assertThat(list(roots.get(0).get("children"))).hasSize(10);
        assertThat(list(roots.get(1).get("children"))).extracting(c -> c.get("identifier").asText().substring(24))
                .containsExactly("000000000013", "000000000014");

        // Sibling order comes from sequenceNumber, not from the order of the file.
        JsonNode sequenced = course.ok(course.post(course.launch(TestCourse.INSTRUCTOR), "/api/v1/frameworks",
                "application/json", fixture("SequenceNumberFramework.json")));
        assertThat(sequenced.get("created").asBoolean()).isFalse(); // the same CFDocument identifier: a re-import
    }

    @Test
    void teachersImportingTheSameNewFrameworkAtOnceAllSucceedAndItIsStoredOnce() {
        TestCourse course = course();
        // Two teachers, each clicking "Import" four times: eight first imports of one CFDocument at the same moment.
        List<String> teachers = List.of(course.launch(TestCourse.INSTRUCTOR), course.launch(TestCourse.INSTRUCTOR));
        // With a progression, so that associations (replaced by every import) are counted too.
        String json = mutated(SMART_LEVEL, root -> {
            ObjectNode precedes = ((ArrayNode) root.get("CFAssociations")).addObject()
                    .put("identifier", "a0000000-0000-0000-0000-000000000099").put("associationType", "precedes");
            precedes.set("originNodeURI", association(root, "000000000003").get("originNodeURI").deepCopy());
            precedes.set("destinationNodeURI", association(root, "000000000004").get("originNodeURI").deepCopy());
        });
        List<Http.Reply> replies = AtOnce.send(8, i -> course.post(teachers.get(i % 2), "/api/v1/frameworks",
                "application/json", json));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        List<Http.Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).hasSize(1);
        JsonNode first = created.get(0).json();
        assertThat(first.get("created").asBoolean()).isTrue();
        assertThat(first.get("added").asInt()).isEqualTo(14);
        assertThat(first.get("links").asInt()).isOne();
        // The others are answered as re-imports of the same file: nothing to change.
        for (Http.Reply again : replies.stream().filter(r -> r.status() == 200).toList()) {
            assertThat(again.json().get("created").asBoolean()).isFalse();
            assertThat(again.json().get("added").asInt()).isZero();
            assertThat(again.json().get("unchanged").asInt()).isEqualTo(14);
            assertThat(again.json().get("framework").get("id").asText()).isEqualTo(first.get("framework").get("id").asText());
        }
        assertThat(frameworkRows(course)).isOne();
        assertThat(standardRows(course)).isEqualTo(14);
        assertThat(course.count("SELECT COUNT(*) FROM standard_association a JOIN framework f ON f.id = a.framework_id "
                + "WHERE f.registration_id = ?", course.platform.registrationId)).isEqualTo(first.get("links").asLong());
    }

    @Test
    void searchFindsStandardsByCodeOrStatementText() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String id = course.ok(course.post(teacher, "/api/v1/frameworks", "application/json",
                fixture("SequenceNumberFramework.json"))).get("framework").get("id").asText();
        JsonNode byCode = course.ok(course.get(teacher, "/api/v1/frameworks/" + id + "/standards?q=snt.2"));
        assertThat(list(byCode)).extracting(s -> s.get("code").asText()).containsExactly("SNT.2");
        JsonNode all = course.ok(course.get(teacher, "/api/v1/frameworks/" + id + "/standards?q=SNT"));
        assertThat(list(all)).hasSize(2);
        assertThat(list(course.ok(course.get(teacher, "/api/v1/frameworks/" + id + "/standards?q=%25")))).isEmpty();
        Http.Reply noText = course.get(teacher, "/api/v1/frameworks/" + id + "/standards");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badPackagesAreRefusedWholeNamingTheItemsAndNothingIsWritten() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String cycle = mutated(SMART_LEVEL, root -> {
            ObjectNode a = association(root, "000000000001");
            ((ObjectNode) a.get("destinationNodeURI")).put("identifier", "00000000-0000-0000-0000-000000000003")
                    .put("uri", "https://opensalt.example/uri/00000000-0000-0000-0000-000000000003");
        });
        String dangling = mutated(SMART_LEVEL, root -> {
            ObjectNode a = association(root, "000000000013");
            ((ObjectNode) a.get("destinationNodeURI")).put("identifier", "00000000-0000-0000-0000-00000000dead")
                    .put("uri", "https://nowhere.example/00000000-0000-0000-0000-00000000dead");
        });
        String duplicate = mutated(SMART_LEVEL, root -> ((ArrayNode) root.get("CFItems")).add(root.get("CFItems").get(4).deepCopy()));
        String broken = fixture(SMART_LEVEL).substring(0, 900);

        assertRefused(course, teacher, cycle, "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000003");
        assertRefused(course, teacher, dangling, "00000000-0000-0000-0000-000000000013");
        assertRefused(course, teacher, duplicate, "00000000-0000-0000-0000-000000000005");
        Http.Reply invalid = course.post(teacher, "/api/v1/frameworks", "application/json", broken);
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("code").asText()).isEqualTo("invalid-json");
        assertThat(invalid.json().get("detail").asText()).contains("line");
        assertThat(frameworkRows(course)).isZero();
        assertThat(standardRows(course)).isZero();
    }

    private void assertRefused(TestCourse course, String teacher, String json, String... identifiers) {
        Http.Reply reply = course.post(teacher, "/api/v1/frameworks", "application/json", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("nothing was imported");
        String errors = reply.json().get("errors").toString();
        for (String identifier : identifiers) assertThat(errors).contains(identifier);
    }

    @Test
    void aReimportUpdatesChangedItemsInPlaceRetiresMissingOnesAndKeepsEvidence() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String frameworkId = course.ok(course.post(teacher, "/api/v1/frameworks", "application/json", fixture(SMART_LEVEL)))
                .get("framework").get("id").asText();
        String item2 = "00000000-0000-0000-0000-000000000002";
        UUID standardId = UUID.fromString(course.ok(course.get(teacher, "/api/v1/frameworks/" + frameworkId))
                .get("standards").get(1).get("id").asText());
        UUID evidenceId = UUID.randomUUID();
        course.execute("INSERT INTO evidence (id, registration_id, course_id, student_id, standard_id, points, observed_on, "
                        + "recorded_at, source, author, status, version) VALUES (?, ?, ?, ?, ?, 3, ?, ?, 'ASSESSMENT', 'it', 'RECORDED', 0)",
                evidenceId, course.platform.registrationId, UUID.randomUUID(), UUID.randomUUID(), standardId,
                Date.valueOf(LocalDate.of(2026, 11, 2)), Timestamp.from(Instant.now()));

        String revised = mutated(SMART_LEVEL, root -> {
            for (JsonNode item : root.get("CFItems")) {
                if (item.get("identifier").asText().equals(item2)) {
                    ((ObjectNode) item).put("fullStatement", "Revised statement").put("lastChangeDateTime", "2026-11-01T00:00:00+00:00");
                }
            }
            ArrayNode items = (ArrayNode) root.get("CFItems");
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).get("identifier").asText().endsWith("000000000014")) items.remove(i);
            }
            ArrayNode associations = (ArrayNode) root.get("CFAssociations");
            for (int i = 0; i < associations.size(); i++) {
                if (associations.get(i).get("originNodeURI").get("identifier").asText().endsWith("000000000014")) associations.remove(i);
            }
        });
        Http.Reply again = course.post(teacher, "/api/v1/frameworks", "application/json", revised);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("updated").asInt()).isEqualTo(1);
        assertThat(again.json().get("retired").asInt()).isEqualTo(1);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(12);
        assertThat(again.json().get("framework").get("id").asText()).isEqualTo(frameworkId);

        JsonNode tree = course.ok(course.get(teacher, "/api/v1/frameworks/" + frameworkId));
        assertThat(tree.get("standards").get(1).get("id").asText()).isEqualTo(standardId.toString());
        assertThat(tree.get("standards").get(1).get("statement").asText()).isEqualTo("Revised statement");
        assertThat(list(tree.get("standards").get(1).get("children"))).hasSize(1);
        assertThat(course.count("SELECT COUNT(*) FROM evidence WHERE id = ? AND standard_id = ?", evidenceId, standardId)).isOne();
        assertThat(course.count("SELECT COUNT(*) FROM standard WHERE framework_id = ? AND retired = TRUE",
                UUID.fromString(frameworkId))).isOne();
    }

    @Test
    void aCsvFrameworkIsImportedAndABadCsvNamesItsLines() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String csv = "code,statement,type,parent_code,sequence\nMATH,Mathematics,domain,,1\n"
                + "MATH.1,\"Adds fractions, with unlike denominators\",standard,MATH,1\nHAB.1,Asks for help,habit,,2\n";
        Http.Reply created = course.post(teacher, "/api/v1/frameworks?title=District%20maths", "text/csv", csv);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("framework").get("title").asText()).isEqualTo("District maths");
        assertThat(created.json().get("added").asInt()).isEqualTo(3);

        Http.Reply bad = course.post(teacher, "/api/v1/frameworks?title=Broken", "text/csv",
                "code,statement,type,parent_code,sequence\nA,First,standard,,1\nA,Again,standard,,2\nB,,standard,NOPE,3\n");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.json().get("errors").toString()).contains("line 3").contains("line 4");
        assertThat(course.count("SELECT COUNT(*) FROM framework WHERE registration_id = ? AND identifier = 'Broken'",
                course.platform.registrationId)).isZero();

        Http.Reply untitled = course.post(teacher, "/api/v1/frameworks", "text/csv", csv);
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().get("detail").asText()).contains("?title=");
    }

    @Test
    void aTeacherImportsTheSandboxFrameworkByUrlAndABadUrlIsExplained() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        JsonNode suggested = course.ok(course.get(teacher, "/api/v1/frameworks")).get("suggestedUrls");
        assertThat(list(suggested)).hasSize(1);
        String url = suggested.get(0).asText();
        Http.Reply imported = course.post(teacher, "/api/v1/frameworks", "application/json", "{\"url\": \"" + url + "\"}");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("framework").get("title").asText()).isEqualTo("Cairn Demo: Grade 6 Math, Writing and Habits");
        assertThat(imported.json().get("added").asInt()).isEqualTo(14);

        Http.Reply notCase = course.post(teacher, "/api/v1/frameworks", "application/json",
                "{\"url\": \"" + cairn.uri("/health/ready") + "\"}");
        assertThat(notCase.status()).as(notCase.toString()).isEqualTo(422);
        assertThat(notCase.contentType()).startsWith("application/problem+json");
        Http.Reply nowhere = course.post(teacher, "/api/v1/frameworks", "application/json",
                "{\"url\": \"" + url.replace("/frameworks/", "/frameworks/x") + "\"}");
        assertThat(nowhere.status()).as(nowhere.toString()).isEqualTo(422);
        assertThat(nowhere.json().get("detail").asText()).contains("HTTP 404");
    }

    @Test
    void theCourseListKeepsOrderCategoriesAndUnitsAndStudentsCanReadIt() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String frameworkId = course.ok(course.post(teacher, "/api/v1/frameworks", "application/json", fixture(SMART_LEVEL)))
                .get("framework").get("id").asText();
        JsonNode children = course.ok(course.get(teacher, "/api/v1/frameworks/" + frameworkId)).get("standards").get(0).get("children");
        String a = children.get(0).get("id").asText();
        String b = children.get(1).get("id").asText();
        String c = children.get(2).get("id").asText();
        String body = "{\"units\": [{\"name\": \"Unit 1\", \"start\": \"2026-11-02\", \"end\": \"2026-11-20\"}],"
                + "\"standards\": [{\"standardId\": \"" + c + "\", \"category\": \"HABIT\", \"unit\": \"Unit 1\"},"
                + "{\"standardId\": \"" + a + "\"}, {\"standardId\": \"" + b + "\", \"category\": \"SOCIAL_EMOTIONAL\", \"unit\": \"unit 1\"}]}";
        JsonNode saved = course.ok(course.put(teacher, "/api/v1/courses/current/standards", body));
        assertThat(list(saved.get("standards"))).extracting(s -> s.get("standardId").asText()).containsExactly(c, a, b);
        assertThat(list(saved.get("standards"))).extracting(s -> s.get("category").asText())
                .containsExactly("HABIT", "ACADEMIC", "SOCIAL_EMOTIONAL");
        assertThat(saved.get("units").get(0).get("end").asText()).isEqualTo("2026-11-20");

        String student = course.launch(TestCourse.LEARNER);
        JsonNode seen = course.ok(course.get(student, "/api/v1/courses/current/standards"));
        assertThat(list(seen.get("standards"))).extracting(s -> s.get("standardId").asText()).containsExactly(c, a, b);
        assertThat(seen.get("standards").get(0).get("unit").asText()).isEqualTo("Unit 1");

        // Reordered and shortened: the remaining rows move, the dropped one goes.
        JsonNode reordered = course.ok(course.put(teacher, "/api/v1/courses/current/standards",
                "{\"units\": [], \"standards\": [{\"standardId\": \"" + b + "\"}, {\"standardId\": \"" + c + "\"}]}"));
        assertThat(list(reordered.get("standards"))).extracting(s -> s.get("standardId").asText()).containsExactly(b, c);
        assertThat(reordered.get("units").size()).isZero();

        Http.Reply invalid = course.put(teacher, "/api/v1/courses/current/standards",
                "{\"units\": [{\"name\": \"U\", \"start\": \"2026-11-20\", \"end\": \"2026-11-02\"}],"
                        + "\"standards\": [{\"standardId\": \"" + a + "\", \"unit\": \"Missing\"}, {\"standardId\": \"" + a + "\"}]}");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.json().get("errors").toString()).contains("units[0].end").contains("standards[0].unit")
                .contains("standards[1].standardId");
        assertThat(course.ok(course.get(teacher, "/api/v1/courses/current/standards")).get("standards").size()).isEqualTo(2);
    }

    @Test
    void teachersSavingTheCourseListAtOnceAllSucceedAndEachStandardIsListedOnce() {
        TestCourse course = course();
        List<String> teachers = List.of(course.launch(TestCourse.INSTRUCTOR), course.launch(TestCourse.INSTRUCTOR));
        String frameworkId = course.ok(course.post(teachers.get(0), "/api/v1/frameworks", "application/json",
                fixture(SMART_LEVEL))).get("framework").get("id").asText();
        JsonNode children = course.ok(course.get(teachers.get(0), "/api/v1/frameworks/" + frameworkId))
                .get("standards").get(0).get("children");
        String body = "{\"units\": [], \"standards\": [{\"standardId\": \"" + children.get(0).get("id").asText() + "\"},"
                + "{\"standardId\": \"" + children.get(1).get("id").asText() + "\"}]}";

        // The course has no list yet: every save inserts the same (course, standard) rows.
        List<Http.Reply> replies = AtOnce.send(8, i -> course.put(teachers.get(i % 2), "/api/v1/courses/current/standards", body));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(replies).allSatisfy(r -> assertThat(r.json().get("standards").size()).isEqualTo(2));
        assertThat(course.count("SELECT COUNT(*) FROM course_standard WHERE registration_id = ?",
                course.platform.registrationId)).isEqualTo(2);
    }

    /** A save from a page opened before another save: refused as a simultaneous save, in the page's words. */
    private static void assertRefusedAsStale(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:cairn:problem:conflict");
        assertThat(reply.json().get("reason").asText()).isEqualTo("simultaneous-save");
        assertThat(reply.json().get("detail").asText()).contains("Reload to see that change, then save yours again");
    }

    private static String choice(JsonNode standard) {
        return "{\"standardId\": \"" + standard.get("id").asText() + "\"}";
    }

    private static List<String> chosenIds(JsonNode courseList) {
        return list(courseList.get("standards")).stream().map(s -> s.get("standardId").asText()).toList();
    }

    @Test
    void aListSavedFromAPageOpenedBeforeAColleaguesSaveIsRefusedAndKeepsTheColleaguesList() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String coTeacher = course.launch(TestCourse.INSTRUCTOR);
        String frameworkId = course.ok(course.post(teacher, "/api/v1/frameworks", "application/json", fixture(SMART_LEVEL)))
                .get("framework").get("id").asText();
        JsonNode children = course.ok(course.get(teacher, "/api/v1/frameworks/" + frameworkId)).get("standards").get(0)
                .get("children");
        String a = children.get(0).get("id").asText();
        String b = children.get(1).get("id").asText();
        String c = children.get(2).get("id").asText();
        // Both open the standards page while the course has no list: version 0.
        assertThat(course.ok(course.get(teacher, "/api/v1/courses/current/standards")).get("version").asLong()).isZero();
        assertThat(course.ok(course.get(coTeacher, "/api/v1/courses/current/standards")).get("version").asLong()).isZero();

        JsonNode saved = course.ok(course.put(teacher, "/api/v1/courses/current/standards", "{\"units\": [], "
                + "\"standards\": [" + choice(children.get(0)) + ", " + choice(children.get(1)) + "], \"version\": 0}"));
        long version = saved.get("version").asLong();
        assertThat(version).isPositive();

        // The co-teacher's page showed no list: the save is refused and the teacher's list stays as it was saved.
        assertRefusedAsStale(course.put(coTeacher, "/api/v1/courses/current/standards", "{\"units\": [], "
                + "\"standards\": [" + choice(children.get(2)) + "], \"version\": 0}"));
        JsonNode stored = course.ok(course.get(coTeacher, "/api/v1/courses/current/standards"));
        assertThat(chosenIds(stored)).containsExactly(a, b);
        assertThat(stored.get("version").asLong()).isEqualTo(version);

        // Reloaded, it goes through and answers the version the next save must send; the teacher's page is now the
        // stale one, even to reorder the same standards. A save that sends no version is not checked.
        JsonNode again = course.ok(course.put(coTeacher, "/api/v1/courses/current/standards", "{\"units\": [], "
                + "\"standards\": [" + choice(children.get(2)) + ", " + choice(children.get(0)) + "], \"version\": "
                + version + "}"));
        long next = again.get("version").asLong();
        assertThat(next).isGreaterThan(version)
                .isEqualTo(course.ok(course.get(teacher, "/api/v1/courses/current/standards")).get("version").asLong());
        assertThat(chosenIds(again)).containsExactly(c, a);
        assertRefusedAsStale(course.put(teacher, "/api/v1/courses/current/standards", "{\"units\": [], "
                + "\"standards\": [" + choice(children.get(1)) + ", " + choice(children.get(0)) + "], \"version\": "
                + version + "}"));
        assertThat(chosenIds(course.ok(course.get(teacher, "/api/v1/courses/current/standards")))).containsExactly(c, a);
        JsonNode unchecked = course.ok(course.put(teacher, "/api/v1/courses/current/standards", "{\"units\": [], "
                + "\"standards\": [" + choice(children.get(1)) + "]}"));
        assertThat(chosenIds(unchecked)).containsExactly(b);
        assertThat(unchecked.get("version").asLong()).isGreaterThan(next);
    }

    @Test
    void aScaleSavedOrDroppedFromAPageOpenedBeforeAColleaguesChangeIsRefusedAndKeepsTheColleaguesScale() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String coTeacher = course.launch(TestCourse.INSTRUCTOR);
        String three = "\"levels\": [{\"points\": 1, \"label\": \"Not yet\", \"colour\": \"#f4c7c3\"},"
                + "{\"points\": 2, \"label\": \"Got it\", \"colour\": \"#b7e1cd\", \"mastery\": true},"
                + "{\"points\": 3, \"label\": \"Beyond\", \"colour\": \"#8fc1e3\"}]";
        String two = "\"levels\": [{\"points\": 0, \"label\": \"Not yet\", \"colour\": \"#f4c7c3\"},"
                + "{\"points\": 1, \"label\": \"Yes\", \"colour\": \"#b7e1cd\", \"mastery\": true}]";
        // Both open the standards page while the course uses Cairn's four levels: version 0.
        JsonNode loaded = course.ok(course.get(coTeacher, "/api/v1/courses/current/scale"));
        assertThat(loaded.get("origin").asText()).isEqualTo("DEFAULT");
        assertThat(loaded.get("version").asLong()).isZero();

        JsonNode own = course.ok(course.put(teacher, "/api/v1/courses/current/scale",
                "{\"name\": \"Three\", " + three + ", \"version\": 0}"));
        long first = own.get("version").asLong();
        assertThat(first).isPositive();

        // The co-teacher's page still shows the four levels: saving a scale or going back to the default is refused,
        // and the teacher's scale stays.
        assertRefusedAsStale(course.put(coTeacher, "/api/v1/courses/current/scale", "{\"name\": \"Two\", " + two
                + ", \"version\": 0}"));
        assertRefusedAsStale(course.delete(coTeacher, "/api/v1/courses/current/scale?version=0"));
        JsonNode stored = course.ok(course.get(coTeacher, "/api/v1/courses/current/scale"));
        assertThat(stored.get("name").asText()).isEqualTo("Three");
        assertThat(stored.get("origin").asText()).isEqualTo("COURSE");
        assertThat(stored.get("version").asLong()).isEqualTo(first);

        // The teacher drops the scale and gives the course another: its version keeps counting, so a page that loaded
        // the first scale does not match the second and cannot overwrite it.
        JsonNode dropped = course.ok(course.delete(teacher, "/api/v1/courses/current/scale?version=" + first));
        assertThat(dropped.get("origin").asText()).isEqualTo("DEFAULT");
        assertThat(dropped.get("version").asLong()).isGreaterThan(first);
        JsonNode second = course.ok(course.put(teacher, "/api/v1/courses/current/scale", "{\"name\": \"Two\", " + two
                + ", \"version\": " + dropped.get("version").asLong() + "}"));
        assertThat(second.get("origin").asText()).isEqualTo("COURSE");
        assertThat(second.get("version").asLong()).isGreaterThan(dropped.get("version").asLong());
        assertRefusedAsStale(course.put(coTeacher, "/api/v1/courses/current/scale", "{\"name\": \"Three again\", "
                + three + ", \"version\": " + first + "}"));
        assertRefusedAsStale(course.delete(coTeacher, "/api/v1/courses/current/scale?version=" + first));
        assertThat(list(course.ok(course.get(teacher, "/api/v1/courses/current/scale")).get("levels")))
                .extracting(l -> l.get("label").asText()).containsExactly("Not yet", "Yes");

        // Without a version neither is checked, as before.
        JsonNode unchecked = course.ok(course.put(coTeacher, "/api/v1/courses/current/scale", "{\"name\": \"Three\", "
                + three + "}"));
        assertThat(unchecked.get("name").asText()).isEqualTo("Three");
        assertThat(course.ok(course.delete(coTeacher, "/api/v1/courses/current/scale")).get("origin").asText())
                .isEqualTo("DEFAULT");
        assertThat(course.count("SELECT COUNT(*) FROM mastery_scale WHERE registration_id = ? AND course_id IS NOT NULL",
                course.platform.registrationId)).isOne();
    }

    @Test
    void teachersSettingTheCourseScaleAtOnceAllSucceedAndTheCourseHasOneScale() {
        TestCourse course = course();
        List<String> teachers = List.of(course.launch(TestCourse.INSTRUCTOR), course.launch(TestCourse.INSTRUCTOR));
        String scale = "{\"name\": \"Three\", \"levels\": ["
                + "{\"points\": 1, \"label\": \"Not yet\", \"colour\": \"#f4c7c3\"},"
                + "{\"points\": 2, \"label\": \"Got it\", \"colour\": \"#b7e1cd\", \"mastery\": true},"
                + "{\"points\": 3, \"label\": \"Beyond\", \"colour\": \"#8fc1e3\"}]}";

        List<Http.Reply> replies = AtOnce.send(8, i -> course.put(teachers.get(i % 2), "/api/v1/courses/current/scale", scale));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(replies).allSatisfy(r -> assertThat(r.json().get("origin").asText()).isEqualTo("COURSE"));
        assertThat(course.count("SELECT COUNT(*) FROM mastery_scale WHERE registration_id = ? AND course_id IS NOT NULL",
                course.platform.registrationId)).isOne();
    }

    @Test
    void theScaleDefaultsToFourLevelsAndACourseCanHaveItsOwn() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        JsonNode standard = course.ok(course.get(teacher, "/api/v1/courses/current/scale"));
        assertThat(standard.get("origin").asText()).isEqualTo("DEFAULT");
        assertThat(list(standard.get("levels"))).extracting(l -> l.get("label").asText())
                .containsExactly("Beginning", "Developing", "Proficient", "Advanced");
        assertThat(standard.get("levels").get(2).get("mastery").asBoolean()).isTrue();

        JsonNode own = course.ok(course.put(teacher, "/api/v1/courses/current/scale", "{\"name\": \"Three\", \"levels\": ["
                + "{\"points\": 1, \"label\": \"Not yet\", \"colour\": \"#f4c7c3\"},"
                + "{\"points\": 2, \"label\": \"Got it\", \"colour\": \"#b7e1cd\", \"mastery\": true},"
                + "{\"points\": 3, \"label\": \"Beyond\", \"colour\": \"#8fc1e3\"}]}"));
        assertThat(own.get("origin").asText()).isEqualTo("COURSE");
        assertThat(list(own.get("levels"))).extracting(l -> l.get("label").asText()).containsExactly("Not yet", "Got it", "Beyond");

        Http.Reply invalid = course.put(teacher, "/api/v1/courses/current/scale", "{\"levels\": ["
                + "{\"points\": 2, \"label\": \"A\", \"colour\": \"green\", \"mastery\": true},"
                + "{\"points\": 1, \"label\": \"B\", \"colour\": \"#000000\", \"mastery\": true}]}");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.json().get("errors").toString()).contains("levels[0].colour").contains("levels[1].points")
                .contains("exactly one level marks mastery");
        assertThat(course.ok(course.get(teacher, "/api/v1/courses/current/scale")).get("name").asText()).isEqualTo("Three");

        assertThat(course.ok(course.delete(teacher, "/api/v1/courses/current/scale")).get("origin").asText()).isEqualTo("DEFAULT");
    }

    @Test
    void studentsReadButCannotChangeAndOtherTenantsSeeNothing() {
        TestCourse course = course();
        String teacher = course.launch(TestCourse.INSTRUCTOR);
        String frameworkId = course.ok(course.post(teacher, "/api/v1/frameworks", "application/json", fixture(SMART_LEVEL)))
                .get("framework").get("id").asText();
        String standardId = course.ok(course.get(teacher, "/api/v1/frameworks/" + frameworkId)).get("standards").get(0)
                .get("id").asText();
        String student = course.launch(TestCourse.LEARNER);
        String choice = "{\"units\": [], \"standards\": [{\"standardId\": \"" + standardId + "\"}]}";
        for (Http.Reply denied : List.of(
                course.put(student, "/api/v1/courses/current/standards", choice),
                course.put(student, "/api/v1/courses/current/scale", "{\"levels\": []}"),
                course.delete(student, "/api/v1/courses/current/scale"),
                course.post(student, "/api/v1/frameworks", "application/json", fixture("Utf8TestFramework.json")))) {
            assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
            assertThat(denied.contentType()).startsWith("application/problem+json");
            assertThat(denied.json().get("detail").asText()).contains("teachers");
        }
        assertThat(course.ok(course.get(student, "/api/v1/courses/current/scale")).get("levels").size()).isEqualTo(4);
        assertThat(course.get("not-a-token", "/api/v1/courses/current/standards").status()).isEqualTo(401);

        TestCourse other = course();
        String stranger = other.launch(TestCourse.INSTRUCTOR);
        Http.Reply hidden = other.get(stranger, "/api/v1/frameworks/" + frameworkId);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(other.get(stranger, "/api/v1/frameworks/" + frameworkId + "/standards?q=a").status()).isEqualTo(404);
        assertThat(other.ok(other.get(stranger, "/api/v1/frameworks")).get("frameworks").size()).isZero();
        Http.Reply borrowed = other.put(stranger, "/api/v1/courses/current/standards", choice);
        assertThat(borrowed.status()).as(borrowed.toString()).isEqualTo(400);
        assertThat(borrowed.json().get("errors").toString()).contains(standardId);
        assertThat(other.count("SELECT COUNT(*) FROM course_standard WHERE registration_id = ?", other.platform.registrationId)).isZero();
    }
}
