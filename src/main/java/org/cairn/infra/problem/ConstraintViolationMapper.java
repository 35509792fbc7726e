package org.cairn.infra.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;

/**
 * Bean Validation failures on request bodies and parameters: 400 with one entry per field, each message phrased in
 * the reader's language. The standard constraints have their sentences in the messages bundle
 * ({@code infra.problem.constraint.<Constraint>}); a constraint of ours names its own key as its message template,
 * e.g. {@code @Size(min = 1, max = 50, message = "{grades.problem.standardsPerColumn}")}, whose pattern gets the constraint's
 * {@code min} and {@code max} as {0} and {1}. Any other message stays as the validator wrote it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Pattern STANDARD = Pattern.compile("\\{jakarta\\.validation\\.constraints\\.(\\w+)\\.message}");
    private static final Pattern OURS = Pattern.compile("\\{([a-z]+\\.problem\\.[A-Za-z0-9.]+)}");

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ConstraintViolation<?>> violations = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .<ConstraintViolation<?>>map(v -> v)
                .toList();
        List<Map<String, Object>> errors = violations.stream().map(ConstraintViolationMapper::describe).toList();
        Phrase detail = null;
        for (Map<String, Object> error : errors) {
            Phrase one = Phrase.of("infra.problem.fieldIs", error.get("field"), error.get("message"));
            detail = detail == null ? one : Phrase.of("infra.problem.andAlso", detail, one);
        }
        if (detail == null) detail = Phrase.of("problemType.invalid-input");
        return Problems.response(Problem.of(ProblemType.INVALID_INPUT, 400, detail).with("errors", errors));
    }

    private static Map<String, Object> describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.arg0.name" -> "name": the method and parameter parts mean nothing to a client.
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message(violation));
        return error;
    }

    /** The violation's message as a phrase when Cairn has its sentence, else the validator's own words. */
    static Object message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor() == null ? Map.of()
                : violation.getConstraintDescriptor().getAttributes();
        Matcher standard = STANDARD.matcher(template == null ? "" : template);
        if (standard.matches()) {
            String key = "infra.problem.constraint." + standard.group(1);
            if (Messages.forLocale(Messages.ENGLISH).find(key).isPresent()) {
                return Phrase.of(key, text(attributes.get("min")), text(attributes.get("max")),
                        text(attributes.get("value")), text(attributes.get("regexp")));
            }
        }
        Matcher ours = OURS.matcher(template == null ? "" : template);
        if (ours.matches() && Messages.forLocale(Messages.ENGLISH).find(ours.group(1)).isPresent()) {
            return Phrase.of(ours.group(1), text(attributes.get("min")), text(attributes.get("max")));
        }
        return violation.getMessage();
    }

    /** Limits as written ("2000", not "2,000"); absent ones as nothing. */
    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
