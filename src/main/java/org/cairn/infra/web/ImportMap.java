package org.cairn.infra.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * The import map that lets the browser load Lit and Chart.js as ES modules straight from the WebJars in the
 * WAR, with no build step. Versions come from the WebJars themselves, so upgrading is a pom change only.
 */
public final class ImportMap {

    private static final Map<String, String> IMPORTS = build();

    private ImportMap() {
    }

    public static Map<String, String> imports() {
        return IMPORTS;
    }

    private static Map<String, String> build() {
        WebJarVersionLocator locator = new WebJarVersionLocator();
        Map<String, String> imports = new LinkedHashMap<>();
        String lit = root(locator, "lit");
        String litHtml = root(locator, "lit-html");
        String litElement = root(locator, "lit-element");
        String reactive = root(locator, "lit__reactive-element");
        imports.put("lit", lit + "index.js");
        imports.put("lit/", lit);
        imports.put("lit-html", litHtml + "lit-html.js");
        imports.put("lit-html/", litHtml);
        imports.put("lit-element/", litElement);
        imports.put("@lit/reactive-element", reactive + "reactive-element.js");
        imports.put("@lit/reactive-element/", reactive);
        String chart = root(locator, "chart.js");
        imports.put("chart.js", chart + "dist/chart.js");
        imports.put("chart.js/", chart);
        imports.put("@kurkle/color", root(locator, "kurkle__color") + "dist/color.esm.js");
        return Map.copyOf(imports);
    }

    private static String root(WebJarVersionLocator locator, String webjar) {
        String version = locator.version(webjar);
        if (version == null) {
            throw new IllegalStateException("The WebJar " + webjar + " is missing from the WAR");
        }
        return "/webjars/" + webjar + "/" + version + "/";
    }
}
