package org.concert.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All case files of a directory ({@code *.json}, not the schema), loaded and checked together.
 * If any file is bad the whole library is refused with every error listed, so a regression run
 * never silently skips a case.
 */
public record CaseLibrary(Path dir, List<CaseFile> cases) {

    public static final String SCHEMA_FILE = "case.schema.json";

    public CaseLibrary {
        cases = List.copyOf(cases);
    }

    public static CaseLibrary load(Path dir) {
        List<CaseFile> cases = new ArrayList<>();
        List<CaseError> errors = new ArrayList<>();
        for (Path file : files(dir)) {
            try {
                cases.add(CaseLoader.load(file));
            } catch (InvalidCaseException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) throw new InvalidCaseException(errors);
        List<String> seen = new ArrayList<>();
        for (CaseFile c : cases) {
            if (seen.contains(c.id())) {
                errors.add(new CaseError(c.file(), "$.id", "case id \"" + c.id() + "\" is used by another file in " + dir));
            }
            seen.add(c.id());
        }
        if (!errors.isEmpty()) throw new InvalidCaseException(errors);
        cases.sort(Comparator.comparing(CaseFile::id));
        return new CaseLibrary(dir, cases);
    }

    /** The case files in {@code dir}, sorted by name. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidCaseException(List.of(new CaseError(dir.toString(), "$", "no such cases directory")));
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().equals(SCHEMA_FILE))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<CaseFile> find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
