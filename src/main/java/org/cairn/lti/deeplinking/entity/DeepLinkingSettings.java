package org.cairn.lti.deeplinking.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairn.infra.i18n.Phrase;
import org.cairn.lti.launch.entity.Claims;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;

/**
 * The deep_linking_settings claim of an LtiDeepLinkingRequest (Deep Linking 2.0 §4.4.1), checked: where to send the
 * answer, that the platform accepts LTI resource links in a frame or window, and the opaque data to echo back.
 */
public record DeepLinkingSettings(URI returnUrl, List<String> acceptTypes, List<String> documentTargets,
                                  boolean acceptMultiple, String data, String title) {

    public static final String RESOURCE_LINK = "ltiResourceLink";
    private static final String CLAIM = "deep_linking_settings";

    public DeepLinkingSettings {
        acceptTypes = List.copyOf(acceptTypes);
        documentTargets = List.copyOf(documentTargets);
    }

    /** Reads the raw claim; every refusal names the claim and value so a platform admin can fix it. */
    public static DeepLinkingSettings from(Map<String, Object> claim) {
        if (claim == null) {
            throw invalid(Phrase.of("lti.problem.dlNoSettings", CLAIM, Claims.DEEP_LINKING_SETTINGS));
        }
        Object rawUrl = claim.get("deep_link_return_url");
        URI returnUrl = rawUrl instanceof String s ? uri(s) : null;
        if (returnUrl == null) {
            throw invalid(rawUrl == null ? Phrase.of("lti.problem.dlReturnUrlMissing", CLAIM)
                    : Phrase.of("lti.problem.dlReturnUrl", CLAIM, String.valueOf(rawUrl)));
        }
        List<String> types = strings(claim.get("accept_types"));
        if (!types.contains(RESOURCE_LINK)) {
            throw invalid(Phrase.of("lti.problem.dlAcceptTypes", CLAIM, String.valueOf(types), RESOURCE_LINK));
        }
        List<String> targets = strings(claim.get("accept_presentation_document_targets"));
        if (!(targets.contains("iframe") || targets.contains("window"))) {
            throw invalid(Phrase.of("lti.problem.dlTargets", CLAIM, String.valueOf(targets)));
        }
        Object multiple = claim.get("accept_multiple");
        Object data = claim.get("data");
        Object title = claim.get("title");
        // §4.4.1: accept_multiple is optional; absent means the platform takes more than one item.
        return new DeepLinkingSettings(returnUrl, types, targets, !(Boolean.FALSE.equals(multiple)
                || "false".equals(multiple)), data == null ? null : data.toString(),
                title == null ? null : title.toString());
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static List<String> strings(Object value) {
        List<String> list = new ArrayList<>();
        if (value instanceof List<?> values) {
            for (Object v : values) if (v != null) list.add(v.toString());
        }
        return list;
    }

    private static LaunchRejected invalid(Phrase detail) {
        return new LaunchRejected(Reason.DEEP_LINKING_SETTINGS, detail);
    }
}
