package org.cairn.infra.web;

import java.net.URI;
import java.util.Optional;

/** Where "/" should send a visitor instead of the welcome page (the sandbox course, when it is on). */
public interface Landing {

    Optional<URI> redirect();
}
