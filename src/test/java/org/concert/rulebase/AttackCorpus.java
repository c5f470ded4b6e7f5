package org.concert.rulebase;

import org.concert.rulebase.PublicClasses.ClassRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule changes an attacker with an analyst's password would try, generated from outside the validator's design: every
 * public class of the JDK and of the classpath ({@link PublicClasses}) that the allow-list does not name, referred to
 * from the positions a rule file has (a pattern, a constraint, a method's argument, a binding, a null-safe call, a
 * call with a comment before its parenthesis, {@code eval}, {@code from}, {@code collect}, {@code accumulate}, the
 * consequence, attributes, metadata, imports, globals, functions, declarations, queries, named consequences, the
 * controlled language, a rule's own package, and the syntax forms a rule has no use for: lambdas, method references,
 * casts, inline casts, {@code instanceof}, arrays, {@code new}, class literals, unicode escapes); plus the concrete
 * bypasses of issue 13, each of which would create a marker file if it ever ran. The gadget classes and packages
 * (reflection, method handles, JMX, scripting, JNDI, processes, files, networks, threads, serialization, class loaders,
 * {@code Unsafe}, the reflection helpers of commons-lang3 and Spring, the engine itself, the project's own classes) are
 * always in; the rest of the classpath is sampled for the build and taken whole on request ({@link #generate}).
 *
 * <p>Each attack is a set of rule files, by name relative to the rules directory, that adds to a rule base (it
 * replaces nothing), so that the same corpus can go through the validator, the gate, the HTTP API and the CLI.
 */
public final class AttackCorpus {

    /**
     * One attack: a unique name, the position it tests, where its subject comes from ({@code bypass}, or the source
     * of the class it names), the class it names (null for a bypass) and its files relative to the rules directory.
     */
    public record Attack(String name, String position, String source, String subject, Map<String, String> files) {

        /** The main file of the attack (its {@code .drl} or {@code .dslr}). */
        public String file() {
            return files.keySet().stream().filter(f -> !f.endsWith(".dsl")).findFirst().orElseThrow();
        }

        public String text() {
            return files.get(file());
        }

        /** The attack's files as a rule base of their own, named as {@link RuleFiles#read} names them (e.g. {@code rules/attacks/…}). */
        public RuleFiles ruleFiles(String rulesDirName) {
            Map<String, String> named = new TreeMap<>();
            files.forEach((f, t) -> named.put(rulesDirName + "/" + f, t));
            return new RuleFiles(named);
        }
    }

    /** Packages whose every public class is tried in every position (a package here includes its sub-packages). */
    static final List<String> GADGET_PACKAGES = List.of("java.lang.reflect", "java.lang.invoke", "java.lang.instrument", "java.lang.management",
            "javax.management", "javax.script", "javax.naming", "com.sun.jndi", "java.rmi", "java.io", "java.nio.file", "java.nio.channels",
            "java.net", "java.util.concurrent", "java.util.jar", "java.util.zip", "java.beans", "java.sql", "jdk.internal.misc",
            "jdk.internal.reflect", "sun.misc", "sun.reflect", "org.apache.commons.lang3.reflect", "org.apache.commons.io",
            "org.springframework.util", "org.springframework.expression", "org.springframework.beans", "org.springframework.cglib.core",
            "org.yaml.snakeyaml", "org.kie.api", "org.drools.mvel", "org.concert");
    /**
     * Single classes tried in every position: the JDK's doors to processes, files, reflection, JMX, scripting and JNDI,
     * and the reflection helpers issue 13 found on the classpath.
     */
    static final Set<String> GADGET_CLASSES = Set.of("java.lang.System", "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Process",
            "java.lang.ProcessHandle", "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal", "java.lang.ClassLoader",
            "java.lang.Class", "java.lang.Module", "java.lang.ModuleLayer", "java.lang.StackWalker", "java.lang.SecurityManager",
            "java.lang.ClassValue", "java.util.ServiceLoader", "java.util.Timer", "java.security.AccessController",
            "java.security.SecureClassLoader", "java.lang.reflect.Method", "java.lang.reflect.Constructor", "java.lang.invoke.MethodHandles",
            "java.lang.management.ManagementFactory", "javax.management.MBeanServerFactory", "javax.script.ScriptEngineManager",
            "javax.naming.InitialContext", "java.io.File", "java.nio.file.Files", "java.nio.file.Path", "java.net.URL",
            "org.apache.commons.lang3.reflect.MethodUtils", "org.apache.commons.lang3.reflect.ConstructorUtils",
            "org.apache.commons.lang3.reflect.FieldUtils", "org.apache.commons.lang3.ClassUtils", "org.apache.commons.lang3.SerializationUtils",
            "org.apache.commons.lang3.SystemUtils", "org.apache.commons.lang3.ThreadUtils", "org.apache.commons.lang3.ObjectUtils",
            "org.apache.commons.lang3.function.Failable", "org.springframework.util.ReflectionUtils", "tools.jackson.databind.ObjectMapper",
            "tools.jackson.databind.json.JsonMapper");

    /** A sample takes one in this many of the other classes of the gadget packages, by a stable hash of the name ... */
    static final int SAMPLE_GADGETS_ONE_IN = 4;
    /** ... and one in this many of the classes outside them. */
    static final int SAMPLE_ONE_IN = 40;

    public static final String RULE_NAME = "An attack probe";

    private AttackCorpus() {
    }

    /**
     * A generated corpus and what it came from: the class files listed (the JDK's modules and the runtime classpath),
     * how many of them were read, the public classes among those that the allow-list does not name, and the attacks.
     */
    public record Corpus(boolean full, int classFiles, int classFilesRead, int publicClasses, List<Attack> attacks) {

        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s corpus: %,d attacks (%d written out, the rest on %,d public classes outside the allow-list, "
                            + "read from %,d of the %,d class files of the JDK and the runtime classpath)", full ? "full" : "sampled", attacks.size(),
                    attacks.stream().filter(a -> a.subject() == null).count(), publicClasses, classFilesRead, classFiles);
        }
    }

    /**
     * The corpus in a fixed order: the concrete bypasses first, then the classes by name. The sample (the default, for
     * the build) tries every class of {@link #GADGET_CLASSES} in every position, and one in {@value #SAMPLE_GADGETS_ONE_IN}
     * of the other classes of the gadget packages and one in {@value #SAMPLE_ONE_IN} of the rest (by a stable hash of the
     * name) in one position each, in turn; the full corpus reads
     * every class file and tries every class of the gadget packages in every position and every other class in one.
     */
    public static Corpus generate(Path marker, boolean full) {
        Set<String> allowed = AllowList.vocabulary().classNames();
        PublicClasses.Found found = PublicClasses.enumerate(full ? name -> true
                : name -> GADGET_CLASSES.contains(name) || Math.floorMod(name.hashCode(), isGadget(name) ? SAMPLE_GADGETS_ONE_IN : SAMPLE_ONE_IN) == 0);
        List<Attack> all = new ArrayList<>(bypasses(marker));
        int turn = 0, classes = 0;
        for (ClassRef c : found.classes()) {
            if (allowed.contains(c.name())) continue;
            classes++;
            List<Position> fits = Position.fitting(c);
            if (GADGET_CLASSES.contains(c.name()) || full && isGadget(c.name())) {
                for (Position p : fits) all.add(p.attack(c));
            } else {
                all.add(fits.get(turn++ % fits.size()).attack(c));
            }
        }
        return new Corpus(full, found.classFiles(), found.read(), classes, Collections.unmodifiableList(all));
    }

    /** The attacks on one class, in every position it fits: for the slower paths (the gate, the dry run) that take a few. */
    public static List<Attack> everyPosition(ClassRef c) {
        return Position.fitting(c).stream().map(p -> p.attack(c)).toList();
    }

    static boolean isGadget(String name) {
        if (GADGET_CLASSES.contains(name)) return true;
        for (String p : GADGET_PACKAGES) if (name.startsWith(p + ".")) return true;
        return false;
    }

    // ---- the positions a class can be named in ------------------------------------------------------------------------

    /** Where in a rule file a class is named; {@link #vocabularyTwin} says whether the same text with an allowed name is admitted. */
    enum Position {
        PATTERN_TYPE("condition: the type a pattern matches", false, true) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("$x: " + c.name() + "()");
            }
        },
        CONSTRAINT("condition: a constraint", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("name != " + ref(c));
            }
        },
        METHOD_ARGUMENT("condition: the argument of an allowed method", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("borders(" + ref(c) + ")");
            }
        },
        BINDING("condition: a binding", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("$v: " + ref(c));
            }
        },
        NULL_SAFE("condition: a null-safe call (!.)", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("name != " + c.name() + "!." + member(c));
            }
        },
        COMMENT_IN_CALL("condition: a comment between a member and what follows", true, true) {
            Probe render(ClassRef c) {
                String ref = c.method() != null ? c.name() + "." + c.method() + " /* a note */ (" + nulls(c.arity()) + ")"
                        : c.name() + ". /* a note */ " + c.field();
                return Probe.rule().constraint("name != " + ref);
            }
        },
        EVAL("condition: eval", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("eval( " + ref(c) + " != null )");
            }
        },
        FROM("condition: from", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("$v: Object() from " + ref(c));
            }
        },
        COLLECT("condition: a pattern inside collect", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("$l: List( size > 0 ) from collect( Actor( name != " + ref(c) + " ) )");
            }
        },
        ACCUMULATE_ARGUMENT("condition: an accumulate function's argument", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("accumulate( Actor( $n: name ); $c: count( " + ref(c) + " ) )");
            }
        },
        ACCUMULATE_RESULT("condition: an accumulate's result constraint", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("accumulate( Actor( $n: name ); $c: count( $n ); $c != " + ref(c) + " )");
            }
        },
        ACCUMULATE_FUNCTION("condition: an accumulate function of the class", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().imports("import " + c.name() + ";").conditions("accumulate( Actor( $n: name ); $c: " + c.simpleName() + "( $n ) )");
            }
        },
        ACCUMULATE_CODE("condition: accumulate init/action/result code", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("accumulate( Actor( $n: name ); init( " + c.name() + " o = null; ) action( o = null; ) result( o ) )");
            }
        },
        CONSEQUENCE_ARGUMENT("consequence: a statement's argument", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().then("conclude(new Stake(String.valueOf(" + ref(c) + "), $id));");
            }
        },
        CONSEQUENCE_STATEMENT("consequence: a statement of its own", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().then(ref(c) + ";\n    conclude(new Stake($id, $id));");
            }
        },
        SALIENCE("attribute: salience", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().attributes("salience( String.valueOf(" + ref(c) + ").length() )");
            }
        },
        ENABLED("attribute: enabled", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().attributes("enabled( " + ref(c) + " != null )");
            }
        },
        METADATA("metadata: an annotation's value", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().paraphrase(ref(c));
            }
        },
        LAMBDA("consequence: a lambda", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().then("conclude(new Stake(((java.util.function.Supplier<String>) () -> String.valueOf(" + ref(c) + ")).get(), $id));");
            }
        },
        METHOD_REFERENCE("consequence: a method reference (::)", false, false) {
            Probe render(ClassRef c) {
                String target = c.method() != null ? c.name() + "::" + c.method() : c.name() + "::new";
                return Probe.rule().then("conclude(new Stake(String.valueOf(java.util.Optional.of($id).map(" + target + ")), $id));");
            }
        },
        CAST("condition: a cast", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("name != (" + c.name() + ") null");
            }
        },
        INLINE_CAST("condition: an inline cast (#)", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("this#" + c.name() + " != null");
            }
        },
        INSTANCEOF("condition: instanceof", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("this instanceof " + c.name());
            }
        },
        ARRAY("condition: creating an array", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("name != new " + c.name() + "[0]");
            }
        },
        CREATION("condition: new", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("name != new " + c.name() + "()");
            }
        },
        CLASS_LITERAL("condition: a class literal", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().constraint("name != " + c.name() + ".class");
            }
        },
        IMPORT("file: import", false, true) {
            Probe render(ClassRef c) {
                return Probe.rule().imports("import " + c.name() + ";");
            }
        },
        IMPORT_FUNCTION("file: import function", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().imports("import function " + c.name() + "." + (c.method() != null ? c.method() : c.field()) + ";");
            }
        },
        GLOBAL("file: global", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().declarations("global " + c.name() + " sneak;");
            }
        },
        DECLARE("file: declare", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().declarations("declare Sneak\n    value : " + c.name() + "\nend");
            }
        },
        FUNCTION("file: function", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().declarations("function " + c.name() + " sneak() {\n    return null;\n}");
            }
        },
        QUERY("file: query", false, false) {
            Probe render(ClassRef c) {
                return Probe.rule().after("query \"sneak\"\n    $x: " + c.name() + "()\nend");
            }
        },
        NAMED_CONSEQUENCE("consequence: a named consequence (do[…])", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().conditions("do[sneak]").namedConsequence("then[sneak]\n    " + ref(c) + ";");
            }
        },
        CONTROLLED_LANGUAGE("controlled language: a sentence's DRL", true, true) {
            Probe render(ClassRef c) {
                return Probe.rule().dsl("[when]the probe reads its source=$v: Object() from " + ref(c)).conditions("the probe reads its source");
            }
        },
        UNICODE_ESCAPE("consequence: unicode escapes in a literal", true, false) {
            Probe render(ClassRef c) {
                return Probe.rule().then("conclude(new Stake(\"\\u0022 + String.valueOf(" + ref(c) + ") + \\u0022\", $id));");
            }
        },
        PACKAGE("file: the rule file in the class's own package", false, false) {
            Probe render(ClassRef c) {
                return c.packageName().isEmpty() ? null : Probe.rule().pkg(c.packageName()).conditions("$x: " + c.simpleName() + "()");
            }
        };

        final String description;
        final boolean needsStatic;
        /** Whether the same text with an allowed name (the vocabulary's Functions or Actor) is admitted, so the refusal is the class's. */
        final boolean vocabularyTwin;

        Position(String description, boolean needsStatic, boolean vocabularyTwin) {
            this.description = description;
            this.needsStatic = needsStatic;
            this.vocabularyTwin = vocabularyTwin;
        }

        abstract Probe render(ClassRef c);

        Attack attack(ClassRef c) {
            Probe probe = render(c);
            return new Attack(name() + " " + c.name(), description, c.source(), c.name(), probe.files(c.simpleName()));
        }

        /** The same text with a name of the vocabulary in the class's place. */
        Map<String, String> twin() {
            ClassRef twin = this == PATTERN_TYPE ? new ClassRef("org.concert.casefile.Actor", "vocabulary", null, 0, null)
                    : new ClassRef("org.concert.vocabulary.Functions", "vocabulary", "ratio", 2, null);
            return render(twin).files("twin");
        }

        static List<Position> fitting(ClassRef c) {
            List<Position> fits = new ArrayList<>();
            for (Position p : values()) {
                if (p.needsStatic && c.method() == null && c.field() == null) continue;
                if (p == PACKAGE && c.packageName().isEmpty()) continue;
                fits.add(p);
            }
            return fits;
        }

        private static String ref(ClassRef c) {
            return c.name() + "." + member(c);
        }

        private static String member(ClassRef c) {
            return c.method() != null ? c.method() + "(" + nulls(c.arity()) + ")" : c.field();
        }

        private static String nulls(int n) {
            return String.join(", ", Collections.nCopies(n, "null"));
        }
    }

    // ---- the concrete bypasses of issue 13, and the rest of what the DRL grammar offers ------------------------------------

    /** Attacks written out, each of which would create {@code marker} if it ran. */
    public static List<Attack> bypasses(Path marker) {
        String m = marker.toAbsolutePath().toString().replace("\\", "/");
        String create = "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + m + "\"))";
        String touch = "new ProcessBuilder(\"touch\", \"" + m + "\").start()";
        Map<String, Probe> b = new LinkedHashMap<>();
        // A consequence reaching ProcessBuilder through commons-lang3's reflection helpers (passed the old gate and ran in its regression run).
        b.put("commons-lang3 reflection to ProcessBuilder in the consequence", Probe.rule().then(
                "org.apache.commons.lang3.reflect.MethodUtils.invokeMethod(org.apache.commons.lang3.reflect.ConstructorUtils.invokeConstructor("
                        + "ProcessBuilder.class, (Object) new String[]{\"touch\", \"" + m + "\"}), \"start\");\n    conclude(new Stake($id, $id));"));
        b.put("commons-lang3 reflection in a constraint", Probe.rule().constraint("name != String.valueOf(org.apache.commons.lang3.reflect.MethodUtils"
                + ".invokeStaticMethod(java.nio.file.Files.class, \"createFile\", java.nio.file.Path.of(\"" + m + "\")))"));
        b.put("commons-lang3 reflection in a from", Probe.rule().conditions("$v: Object() from org.apache.commons.lang3.reflect.MethodUtils"
                + ".invokeStaticMethod(java.nio.file.Files.class, \"createFile\", java.nio.file.Path.of(\"" + m + "\"))"));
        b.put("Spring ReflectionUtils in a from", Probe.rule().conditions("$v: Object() from org.springframework.util.ReflectionUtils.invokeMethod("
                + "org.springframework.util.ReflectionUtils.findMethod(java.nio.file.Files.class, \"createFile\"), null)"));
        // A rule that fires only on an actor id no stored case has, so that the gate's regression run never notices it.
        b.put("JDK files in a consequence, firing only on an unknown actor", Probe.rule().constraint("id == \"ZZZ-NOT-IN-ANY-CASE\"")
                .then(create + ";\n    conclude(new Stake($id, $id));"));
        b.put("a process in a consequence", Probe.rule().then(touch + ";\n    conclude(new Stake($id, $id));"));
        b.put("salience running code at compile time", Probe.rule().attributes("salience( " + create + ".hashCode() )"));
        b.put("salience from a binding", Probe.rule().attributes("salience( $id.length() )"));
        b.put("enabled running code at compile time", Probe.rule().attributes("enabled( " + create + " != null )"));
        b.put("date-effective", Probe.rule().attributes("date-effective \"1-Jan-2000\""));
        b.put("timer", Probe.rule().attributes("timer ( int: 0s 1s )"));
        b.put("calendars", Probe.rule().attributes("calendars \"weekdays\""));
        b.put("agenda-group", Probe.rule().attributes("agenda-group \"sneak\""));
        b.put("duration", Probe.rule().attributes("duration( 1000 )"));
        b.put("dialect mvel", Probe.rule().attributes("dialect \"mvel\""));
        b.put("a package-level attribute", Probe.rule().declarations("salience( " + create + ".hashCode() )"));
        b.put("metadata the engine evaluates when it builds", Probe.rule().paraphrase(create));
        b.put("metadata with escapes", Probe.rule().paraphrase("\"a \\\" + " + create + " + \\\" b\""));
        b.put("metadata the project does not know", Probe.rule().extraMetadata("@sneak(" + create + ")"));
        b.put("null-safe calls to reflection", Probe.rule().constraint("$a!.getClass()!.forName(\"java.lang.Runtime\")!.getMethod(\"getRuntime\")!.invoke(null) != null"));
        b.put("null-safe field access", Probe.rule().constraint("$a!.source!.getClass() != null"));
        b.put("comments between a method and its parenthesis", Probe.rule().constraint("$a.getClass /* */ ().forName /* */ (\"java.lang.Runtime\") != null"));
        b.put("getClass in a constraint", Probe.rule().constraint("getClass().getClassLoader() != null"));
        b.put("getClass through a property", Probe.rule().constraint("source.getClass().getClassLoader() != null"));
        b.put("a method reference in the consequence", Probe.rule().then("conclude(new Stake(java.util.Optional.of($a).map(Object::getClass).get().getName(), $id));"));
        b.put("a lambda in the consequence", Probe.rule().then("((Runnable) () -> new java.io.File(\"" + m + "\").mkdir()).run();\n    conclude(new Stake($id, $id));"));
        b.put("var in the consequence", Probe.rule().then("var f = new java.io.File(\"" + m + "\");\n    f.mkdir();\n    conclude(new Stake($id, $id));"));
        b.put("an endless stream in the consequence", Probe.rule().then("java.util.stream.Stream.iterate(0, i -> i + 1).count();\n    conclude(new Stake($id, $id));"));
        b.put("an anonymous class in the consequence", Probe.rule().then("new Object() { { new java.io.File(\"" + m + "\").mkdir(); } };\n    conclude(new Stake($id, $id));"));
        b.put("a loop in the consequence", Probe.rule().then("while (true) { }"));
        b.put("insert in the consequence", Probe.rule().then("insert(new Stake($id, $id, \"x\"));"));
        b.put("the engine in the consequence", Probe.rule().then("drools.getKieRuntime().halt();\n    conclude(new Stake($id, $id));"));
        b.put("kcontext in the consequence", Probe.rule().then("kcontext.getKieRuntime().halt();\n    conclude(new Stake($id, $id));"));
        b.put("a cast in a constraint", Probe.rule().constraint("((Object) this).getClass() != null"));
        b.put("a cast to Runtime", Probe.rule().constraint("name != (java.lang.Runtime) null"));
        b.put("an inline cast", Probe.rule().constraint("this#Object.getClass() != null"));
        b.put("instanceof", Probe.rule().constraint("this instanceof java.io.Serializable"));
        b.put("array creation", Probe.rule().constraint("name != new java.io.File[]{ new java.io.File(\"" + m + "\") }[0].getName()"));
        b.put("indexing", Probe.rule().constraint("name != borders[0]"));
        b.put("new in a constraint", Probe.rule().constraint("name != new java.io.File(\"" + m + "\").getName()"));
        b.put("a class literal", Probe.rule().constraint("name != String.class.getName()"));
        b.put("from a file call", Probe.rule().conditions("$v: Object() from " + create));
        b.put("from a process", Probe.rule().conditions("$v: Object() from " + touch));
        b.put("eval running files", Probe.rule().conditions("eval( " + create + " != null )"));
        b.put("accumulate with code", Probe.rule().conditions("accumulate( Actor( $n: name ); init( Object o = null; ) action( o = " + create
                + "; ) result( o ) )"));
        b.put("accumulate with an imported function", Probe.rule().imports("import accumulate org.apache.commons.lang3.reflect.MethodUtils sneak;")
                .conditions("accumulate( Actor( $n: name ); $c: sneak( $n ) )"));
        b.put("accumulate with an unknown function", Probe.rule().conditions("accumulate( Actor( $n: name ); $c: sneak( $n ) )"));
        b.put("accumulate function on a forbidden argument", Probe.rule().conditions("accumulate( Actor( $n: name ); $c: collectList( " + create + " ) )"));
        b.put("groupby", Probe.rule().conditions("groupby( Actor( $n: name, $r: region ); $r; $c: count( $n ) )"));
        b.put("matches with a backtracking regular expression", Probe.rule().constraint("name matches \"(a+)+$\""));
        b.put("not matches", Probe.rule().constraint("name not matches \"(a|aa)+$\""));
        b.put("soundslike", Probe.rule().constraint("name soundslike \"Rusia\""));
        b.put("str[startsWith]", Probe.rule().constraint("name str[startsWith] \"R\""));
        b.put("a temporal operator", Probe.rule().constraint("date after[1d] $a.date"));
        b.put("contains on a forbidden value", Probe.rule().constraint("borders contains " + create));
        b.put("an OOPath", Probe.rule().conditions("$x: Actor( /borders[ this != null ] )"));
        b.put("a back reference", Probe.rule().constraint("../id != null"));
        b.put("a binding without $", Probe.rule().conditions("sneak: Actor( )"));
        b.put("a static import of a function", Probe.rule().imports("import function java.lang.System.exit;").conditions("eval( exit(0) )"));
        b.put("a wildcard import of the JDK", Probe.rule().imports("import java.nio.file.*;").conditions("$v: Object() from Files.createFile(Path.of(\"" + m + "\"))"));
        b.put("a global", Probe.rule().declarations("global java.util.List sneak;"));
        b.put("a function", Probe.rule().declarations("function void sneak() {\n    " + create + ";\n}"));
        b.put("a declared type", Probe.rule().declarations("declare Sneak\n    name : String\nend"));
        b.put("a declared enum", Probe.rule().declarations("declare enum Sneak\n    A, B;\nend"));
        b.put("an entry point", Probe.rule().conditions("$x: Actor( ) from entry-point \"sneak\""));
        b.put("a window", Probe.rule().conditions("$x: Actor( ) over window:length( 10 )"));
        b.put("a declared window", Probe.rule().declarations("declare window Sneak\n    Actor( ) over window:length( 10 )\nend"));
        b.put("a query", Probe.rule().after("query \"sneak\"\n    $x: Actor( )\nend"));
        b.put("a rule unit", Probe.rule().declarations("unit Sneak;"));
        b.put("a rule that extends another", Probe.rule().after("rule \"A second probe\" extends \"" + RULE_NAME + "\"\n    @proposition(\"P11\") @section(\"3\")"
                + " @statement(\"x\")\nwhen\n    $b: Actor( )\nthen\n    conclude(new Stake($id, $id));\nend"));
        b.put("a named consequence", Probe.rule().conditions("do[sneak]").namedConsequence("then[sneak]\n    " + create + ";"));
        b.put("a conditional branch", Probe.rule().conditions("if ( $id == \"x\" ) do[sneak]").namedConsequence("then[sneak]\n    " + create + ";"));
        b.put("a statement template reaching the class loader", Probe.rule().statement("{$a.getClass.getClassLoader}"));
        b.put("a statement template reaching a function with forbidden arguments", Probe.rule().statement("{ratio($a.getClass, $a.getClass)}"));
        b.put("a rule name that closes a comment of the generated code", Probe.rule().name("x */ static { " + create.replace("\"", "\\\"") + "; } /* y"));
        b.put("a rule name with a quote", Probe.rule().name("x\\\" + " + create.replace("\"", "\\\"") + " + \\\"y"));
        b.put("unicode escapes in a string", Probe.rule().then("conclude(new Stake(\"\\u0022 + " + create.replace("\"", "\\u0022") + " + \\u0022\", $id));"));
        b.put("unicode escapes in a comment", Probe.rule().then("// \\u000a " + create + ";\n    conclude(new Stake($id, $id));"));
        b.put("a right-to-left override hiding code", Probe.rule().constraint("name != \"x\u202E \" /* \u2066 */"));
        b.put("a lone carriage return inside a comment", Probe.rule().then("// a note\r    " + create + ";\n    conclude(new Stake($id, $id));"));
        b.put("a rule file in the JDK's package", Probe.rule().pkg("java.awt").conditions("$l: List( ) from collect( Actor( ) )"));
        b.put("a rule file in the project's package", Probe.rule().pkg("org.concert.casefile"));
        b.put("brackets nested thousands deep", Probe.rule().constraint("name != " + "(".repeat(5000) + "\"x\"" + ")".repeat(5000)));
        b.put("a file too large to read", Probe.rule().comment("// " + "x".repeat(1_000) + "\n", 300));
        b.put("a controlled-language sentence that expands into file access", Probe.rule()
                .dsl("[then]touch the marker=" + create + ";").then("touch the marker\n    conclude(new Stake($id, $id));"));
        b.put("a controlled-language sentence with a backtracking regular expression", Probe.rule()
                .dsl("[when]an actor named {name:(a+)+b} is probed=Actor( name == \"{name}\" )").conditions("an actor named aaaaaaaaaaaaac is probed"));
        b.put("a controlled-language keyword section", Probe.rule().dsl("[keyword]sneak=" + create).conditions("$x: Actor( )"));
        Map<String, Probe> ordered = b;
        List<Attack> attacks = new ArrayList<>();
        ordered.forEach((name, probe) -> attacks.add(new Attack("bypass: " + name, "bypass", "bypass", null, probe.files("bypass"))));
        return attacks;
    }

    /** The rule a probe starts from: clean, admitted as it is; each attack changes one part of it. */
    public static Map<String, String> cleanProbe() {
        return Probe.rule().files("clean");
    }

    /** A rule file with one part changed, and the controlled language it needs, if any. */
    static final class Probe {
        private String pkg = "concert.rules";
        private String imports = "";
        private String declarations = "";
        private String name = RULE_NAME;
        private String paraphrase = "\"A probe of the rule validator.\"";
        private String statement = "{$a.name} is probed";
        private String extraMetadata = "";
        private String attributes = "";
        private String constraint = "";
        private String conditions = "";
        private String then = "conclude(new Stake($id, $id));";
        private String named = "";
        private String after = "";
        private String dsl;
        private String comment = "";

        static Probe rule() {
            return new Probe();
        }

        Probe pkg(String p) { pkg = p; return this; }
        Probe imports(String i) { imports = i + "\n"; return this; }
        Probe declarations(String d) { declarations = d + "\n"; return this; }
        Probe name(String n) { name = n; return this; }
        Probe paraphrase(String p) { paraphrase = p; return this; }
        Probe statement(String s) { statement = s; return this; }
        Probe extraMetadata(String m) { extraMetadata = " " + m; return this; }
        Probe attributes(String a) { attributes = "    " + a + "\n"; return this; }
        Probe constraint(String c) { constraint = ", " + c; return this; }
        Probe conditions(String c) { conditions = "    " + c + "\n"; return this; }
        Probe then(String t) { then = t; return this; }
        Probe namedConsequence(String n) { named = n + "\n"; return this; }
        Probe after(String a) { after = "\n" + a + "\n"; return this; }
        Probe dsl(String d) { dsl = d; return this; }
        Probe comment(String line, int kilobytes) { comment = line.repeat(kilobytes); return this; }

        /** The attack's files: {@code attacks/<name>.drl}, or a {@code .dslr} with its {@code .dsl}. */
        Map<String, String> files(String stem) {
            String base = "attacks/" + stem.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
            String text = "package " + pkg + ";\n\n"
                    + "import org.concert.casefile.*;\nimport org.concert.vocabulary.*;\nimport java.util.List;\n" + imports + "\n"
                    + declarations + comment
                    + "rule \"" + name + "\"\n"
                    + "    @proposition(\"P11\") @section(\"3\") @paraphrase(" + paraphrase + ") @statement(\"" + statement + "\")" + extraMetadata + "\n"
                    + attributes
                    + "when\n"
                    + drl("    $a: Actor( $id: id" + constraint + " )\n")
                    + drl(conditions)
                    + "then\n"
                    + drl("    " + then + "\n")
                    + named
                    + "end\n"
                    + after;
            Map<String, String> files = new LinkedHashMap<>();
            if (dsl == null) {
                files.put(base + ".drl", text);
            } else {
                files.put(base + ".dslr", text);
                files.put(base + ".dsl", "# the attack's controlled language\n" + dsl + "\n");
            }
            return files;
        }

        /** In a {@code .dslr}, a line of DRL among sentences is marked with '>' (a sentence has no parentheses). */
        private String drl(String lines) {
            if (dsl == null || lines.isEmpty()) return lines;
            StringBuilder s = new StringBuilder();
            for (String line : lines.split("\n", -1)) {
                if (line.isEmpty()) continue;
                s.append(line.contains("(") ? ">" + line : line).append('\n');
            }
            return s.toString();
        }
    }
}
