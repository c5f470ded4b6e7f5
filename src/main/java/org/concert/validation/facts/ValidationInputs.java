package org.concert.validation.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A content hash of what a validation run reads besides the rules: the data sets, the crosswalk and the library cases
 * whose hand-coded facts it merges. The rules' hash alone would let a corrected case file change the figures while
 * {@code docs/validation.md} still showed the old ones under the same heading.
 */
public final class ValidationInputs {

    private ValidationInputs() {
    }

    /** 12 hex digits of the SHA-256 over every {@code *.csv} of {@code data} and, with the library, the crosswalk and the cases it maps. */
    public static String hash(Path data, Path cases, boolean withLibrary) {
        MessageDigest sha = sha256();
        for (Path f : sorted(data, ".csv")) add(sha, f.getFileName().toString(), read(f));
        if (withLibrary) {
            add(sha, "library-cases.yaml", crosswalk());
            List<String> mapped = LibraryCases.mappedIds();
            for (Path f : sorted(cases, ".json")) {
                String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                if (mapped.contains(id)) add(sha, f.getFileName().toString(), read(f));
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static List<Path> sorted(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void add(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static byte[] crosswalk() {
        try (InputStream in = LibraryCases.class.getResourceAsStream("library-cases.yaml")) {
            if (in == null) throw new IllegalStateException("library-cases.yaml is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
