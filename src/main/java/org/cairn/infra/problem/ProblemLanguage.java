package org.cairn.infra.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.cairn.infra.i18n.Messages;

/**
 * Every problem answer in the language the caller asked for: Cairn's pages send {@code Accept-Language} with the
 * page's own language (api.js), so a teacher on a Spanish page reads "Los periodos ... no pueden superponerse"
 * rather than the English sentence. The first language of the header decides (pages send exactly one); anything
 * but Spanish, or no header, keeps English. {@code Content-Language} says which one the answer is in.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) return;
        Locale locale = requested(request.getAcceptableLanguages());
        if (!locale.equals(Messages.ENGLISH)) response.setEntity(problem.in(locale));
        response.getHeaders().putSingle("Content-Language", locale.toLanguageTag());
    }

    static Locale requested(List<Locale> acceptable) {
        return Messages.requested(acceptable);
    }
}
