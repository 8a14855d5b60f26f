package io.gatehouse.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's files, read from the project directory (Maven runs tests there). */
final class InfraFiles {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path INFRA = ROOT.resolve("infra");

    private InfraFiles() {}

    static List<BicepText> bicep() {
        try (Stream<Path> files = Files.walk(INFRA)) {
            return files.filter(file -> file.toString().endsWith(".bicep"))
                    .sorted()
                    .map(file -> new BicepText(ROOT.relativize(file).toString(), read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BicepText bicep(String relative) {
        return new BicepText(relative, read(ROOT.resolve(relative)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
