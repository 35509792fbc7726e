package org.cairn.infra.web;

import java.util.Set;

/**
 * Origins that may frame Cairn's pages. Tenancy contributes the origins of registered platforms; infra
 * cannot depend on tenancy, so it asks every bean of this type.
 */
public interface FramingOrigins {

    Set<String> origins();
}
