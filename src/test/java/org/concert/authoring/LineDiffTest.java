package org.concert.authoring;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's diffs read as {@code diff -u} writes them: each expectation here was checked against GNU diff,
 * except that a range of one line keeps its count ({@code +1,1}, where GNU diff writes {@code +1}).
 */
class LineDiffTest {

    /** "line 1" … "line n", one a line, each ended by a newline. */
    private static String lines(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void aChangedLineComesWithThreeLinesOfContextAndAHunkHeader() {
        String before = lines(12);
        String after = before.replace("line 6\n", "line six\n");
        assertThat(LineDiff.unified("rules/x.drl", before, after)).isEqualTo("""
                --- a/rules/x.drl
                +++ b/rules/x.drl
                @@ -3,7 +3,7 @@
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                 line 9
                """);
    }

    @Test
    void changesSixLinesApartShareAHunk() {
        String before = lines(12);
        String after = before.replace("line 3\n", "line three\n").replace("line 10\n", "line ten\n");
        assertThat(LineDiff.unified("x", before, after)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,12 +1,12 @@
                 line 1
                 line 2
                -line 3
                +line three
                 line 4
                 line 5
                 line 6
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                """);
    }

    @Test
    void changesSevenLinesApartGetAHunkEach() {
        String before = lines(12);
        String after = before.replace("line 2\n", "line two\n").replace("line 10\n", "line ten\n");
        assertThat(LineDiff.unified("x", before, after)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -7,6 +7,6 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                """);
    }

    @Test
    void replacedLinesAreDeletedFirstThenAdded() {
        assertThat(LineDiff.unified("x", "a\nb\nc\nd\ne\n", "a\nB\nC\nd\ne\n")).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,5 +1,5 @@
                 a
                -b
                -c
                +B
                +C
                 d
                 e
                """);
    }

    @Test
    void linesAddedAtTheStartAndTheEnd() {
        assertThat(LineDiff.unified("x", "a\nb\nc\nd\ne\n", "0\na\nb\nc\nd\ne\nf\n")).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,5 +1,7 @@
                +0
                 a
                 b
                 c
                 d
                 e
                +f
                """);
    }

    @Test
    void aCreatedFileComesFromDevNullWithAnEmptyRangeAtZero() {
        assertThat(LineDiff.unified("x", null, "x\ny\n")).isEqualTo("""
                --- /dev/null
                +++ b/x
                @@ -0,0 +1,2 @@
                +x
                +y
                """);
    }

    @Test
    void aDeletedFileGoesToDevNullWithAnEmptyRangeAtZero() {
        assertThat(LineDiff.unified("x", "x\ny\n", null)).isEqualTo("""
                --- a/x
                +++ /dev/null
                @@ -1,2 +0,0 @@
                -x
                -y
                """);
    }

    @Test
    void anEmptyFileHasAnEmptyRangeAtZeroToo() {
        assertThat(LineDiff.unified("x", "", "x\n")).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -0,0 +1,1 @@
                +x
                """);
    }
}
