package org.cairn.infra.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * JAX-RS serves every dynamic path: the JSON API under /api/v1, the LTI endpoints under /lti and /.well-known,
 * the sandbox under /sandbox, and the pages. Static files keep the default servlet (see web.xml).
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Cairn", version = "v1",
        description = "Learning plans, mastery tracking and station rotations for LTI 1.3 courses. "
                + "Every call needs the bearer session token a launch issues; errors are application/problem+json."))
public class CairnApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Payara's Jackson rather than its default JSON-B, so records and java.time read and write as we expect.
        return Map.of("jersey.config.jsonFeature", "JacksonFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
