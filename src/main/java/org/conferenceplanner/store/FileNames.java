package org.conferenceplanner.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File names made from conference ids, which come from program files and may hold anything. Stateless. */
final class FileNames {

    private static final int MAX_LENGTH = 60;

    private FileNames() {
    }

    /**
     * A name safe on every file system: letters, digits, dot, dash and underscore. When the id had to
     * be changed, a digest of it is appended so two ids never share a file ("a/b" and "a?b").
     */
    static String safe(String id) {
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
        }
        String name = b.toString();
        if (name.startsWith(".")) {
            name = "_" + name;
        }
        if (name.equals(id) && name.length() <= MAX_LENGTH && !name.isEmpty()) {
            return name;
        }
        String cut = name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
        return cut + "-" + sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
