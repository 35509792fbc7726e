package org.cairn.sandbox.control;


/** Unguessable tokens and the hashes the sandbox stores instead of them (a database dump reveals no token). */
public final class Secrets {


    private Secrets() {
    }

    public static String token() {
        return org.cairn.infra.security.OpaqueTokens.fresh();
    }

    public static String hash(String token) {
        return org.cairn.infra.security.OpaqueTokens.sha256Hex(token);
    }
}
