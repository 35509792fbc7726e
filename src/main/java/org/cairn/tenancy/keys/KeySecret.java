package org.cairn.tenancy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.cairn.infra.config.RuntimeMode;

/**
 * Where the secret that seals private keys comes from: cairn.keys.secret; in development, when it is not
 * set, a generated one kept in ./data/keys.secret (0600) so restarts can still open the keys; in production,
 * nothing else: Cairn refuses to start without it.
 */
public final class KeySecret {

    private static final Logger LOG = Logger.getLogger(KeySecret.class.getName());
    static final int MINIMUM_LENGTH = 16;

    private KeySecret() {
    }

    public static String resolve(Optional<String> configured, RuntimeMode mode, Path file) {
        Optional<String> given = configured.map(String::trim).filter(s -> !s.isEmpty());
        if (given.isPresent()) {
            if (given.get().length() < MINIMUM_LENGTH) {
                throw new MissingKeySecret("cairn.keys.secret (CAIRN_KEYS_SECRET) is shorter than " + MINIMUM_LENGTH
                        + " characters; use a long random value, for example the output of: openssl rand -base64 32");
            }
            return given.get();
        }
        if (!mode.isDevelopment()) {
            throw new MissingKeySecret("cairn.keys.secret (CAIRN_KEYS_SECRET) is not set. In production Cairn encrypts "
                    + "its private signing keys with it and will not start without it. Set it to a long random value "
                    + "(openssl rand -base64 32) and keep it: changing it makes the stored keys unreadable.");
        }
        return developmentSecret(file);
    }

    private static String developmentSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
                Files.writeString(file, secret, StandardCharsets.UTF_8);
            } catch (FileAlreadyExistsException raced) {
                // Another node sharing ./data wrote it first: use theirs.
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            LOG.warning(() -> "cairn.keys.secret is not set: development mode generated one in " + file.toAbsolutePath()
                    + " (keep the file, or set CAIRN_KEYS_SECRET; production requires it)");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the development keys secret " + file, e);
        }
    }

    /** Production without a keys secret. */
    public static class MissingKeySecret extends RuntimeException {
        public MissingKeySecret(String message) {
            super(message);
        }
    }
}
