package org.concert.server;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.CaseLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cases the server offers, read once at start-up from the cases directory. The directory is
 * loaded as a {@link CaseLibrary} (every file checked, one bad file refuses all); each case keeps
 * its JSON tree beside it, so a what-if can change facts in the JSON and check the result again.
 */
public final class CaseStore {

    private final Path dir;
    private final List<StoredCase> cases;

    private CaseStore(Path dir, List<StoredCase> cases) {
        this.dir = dir;
        this.cases = List.copyOf(cases);
    }

    public static CaseStore load(Path dir) {
        CaseLibrary library = CaseLibrary.load(dir);
        List<StoredCase> stored = new ArrayList<>();
        for (CaseFile c : library.cases()) {
            try {
                stored.add(new StoredCase(c, CaseLoader.readTree(Files.readString(Path.of(c.file())), c.file())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CaseStore(dir, stored);
    }

    /** Every case, by id. */
    public List<StoredCase> all() {
        return cases;
    }

    public Optional<StoredCase> find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Path dir() {
        return dir;
    }
}
