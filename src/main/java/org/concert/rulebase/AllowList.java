package org.concert.rulebase;

import org.concert.vocabulary.Functions;
import org.concert.vocabulary.Vocabulary;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a rule may name, read from the {@link Vocabulary} rather than written here: the types a pattern may
 * match, the accessors and methods of every type a rule can reach from them (the vocabulary's types, the records
 * they carry, the JDK values of {@link Vocabulary#VALUE_METHODS}), the enums whose constants a rule may name, the
 * project's {@link Functions}, and the imports that bring those names in. A name that is not here is refused, so a
 * class added to the classpath, a library's reflection helper or a JDK type is out of reach without anyone listing it.
 */
final class AllowList {

    /** The static type of a value as far as the validator follows it: its class and, for a collection, its members' class. */
    record Shape(Class<?> type, Class<?> element) {

        static final Shape UNKNOWN = new Shape(null, null);

        static Shape of(Class<?> type) {
            return new Shape(type, null);
        }

        boolean known() {
            return type != null;
        }

        String describe() {
            if (type == null) return "a value of unknown type";
            return type.getSimpleName() + (element == null ? "" : "<" + element.getSimpleName() + ">");
        }
    }

    private final Map<String, Class<?>> patternTypes;
    private final Map<Class<?>, Set<String>> methods;
    private final Map<String, Class<?>> enums;
    private final Map<String, Class<?>> holders;
    private final Map<Class<?>, Set<String>> statics;
    private final Set<String> imports;

    private AllowList(Map<String, Class<?>> patternTypes, Map<Class<?>, Set<String>> methods, Map<String, Class<?>> enums,
                      Map<String, Class<?>> holders, Map<Class<?>, Set<String>> statics, Set<String> imports) {
        this.patternTypes = patternTypes;
        this.methods = methods;
        this.enums = enums;
        this.holders = holders;
        this.statics = statics;
        this.imports = imports;
    }

    private static final AllowList VOCABULARY = derive();

    /** The allow-list of the rule vocabulary. */
    static AllowList vocabulary() {
        return VOCABULARY;
    }

    private static AllowList derive() {
        Map<String, Class<?>> patternTypes = new LinkedHashMap<>(Vocabulary.matchableTypes());
        for (Class<?> value : List.of(String.class, List.class, Collection.class, Set.class, Number.class, Object.class)) {
            if (Vocabulary.VALUE_TYPES.contains(value.getSimpleName())) patternTypes.put(value.getSimpleName(), value);
        }
        Map<String, Class<?>> enums = new LinkedHashMap<>();
        for (Class<?> e : Vocabulary.ENUMS) enums.put(e.getSimpleName(), e);

        Map<Class<?>, Set<String>> methods = new LinkedHashMap<>();
        Vocabulary.VALUE_METHODS.forEach(methods::put);
        for (Class<?> e : Vocabulary.ENUMS) methods.put(e, Set.of("name", "equals", "compareTo"));
        Set<String> vocabularyPackages = new TreeSet<>();
        Vocabulary.matchableTypes().values().forEach(t -> vocabularyPackages.add(t.getPackageName()));
        // The vocabulary's types and every record of its packages they hand out (e.g. a fact's Source), each with the
        // methods whose answers stay inside what is allowed.
        Deque<Class<?>> todo = new ArrayDeque<>(Vocabulary.matchableTypes().values());
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (methods.containsKey(type)) continue;
            Set<String> allowed = new TreeSet<>();
            for (String name : Vocabulary.describe(type).methods()) {
                for (Method m : type.getMethods()) {
                    if (!m.getName().equals(name) || Modifier.isStatic(m.getModifiers())) continue;
                    Class<?> answer = m.getReturnType();
                    if (answer.isPrimitive() && answer != void.class || methods.containsKey(answer) || Vocabulary.ENUMS.contains(answer)
                            || Vocabulary.VALUE_METHODS.containsKey(answer)) {
                        allowed.add(name);
                    } else if (vocabularyPackages.contains(answer.getPackageName()) && !answer.isEnum()) {
                        allowed.add(name);
                        todo.add(answer);
                    }
                }
            }
            methods.put(type, Set.copyOf(allowed));
        }
        Map<String, Class<?>> holders = new LinkedHashMap<>();
        holders.put(Functions.class.getSimpleName(), Functions.class);
        Map<Class<?>, Set<String>> statics = new LinkedHashMap<>();
        statics.put(Functions.class, Set.copyOf(Vocabulary.functions()));

        Set<String> imports = new TreeSet<>();
        vocabularyPackages.forEach(p -> imports.add(p + ".*"));
        methods.keySet().forEach(t -> imports.add(t.getCanonicalName()));
        enums.values().forEach(t -> imports.add(t.getCanonicalName()));
        patternTypes.values().forEach(t -> imports.add(t.getCanonicalName()));
        imports.add(Functions.class.getCanonicalName());
        return new AllowList(Map.copyOf(patternTypes), Map.copyOf(methods), Map.copyOf(enums), Map.copyOf(holders), Map.copyOf(statics),
                Set.copyOf(imports));
    }

    /**
     * This allow-list with one more class and all its public members: a pattern may match it, a rule may call its
     * methods and static methods, name its constants and import it. For tests that weaken the validator on purpose.
     */
    AllowList with(Class<?> extra) {
        Map<String, Class<?>> patternTypes = new LinkedHashMap<>(this.patternTypes);
        patternTypes.put(extra.getSimpleName(), extra);
        patternTypes.put(extra.getName(), extra);
        Map<Class<?>, Set<String>> methods = new LinkedHashMap<>(this.methods);
        Map<Class<?>, Set<String>> statics = new LinkedHashMap<>(this.statics);
        Set<String> instance = new TreeSet<>();
        Set<String> stat = new TreeSet<>();
        for (Method m : extra.getMethods()) (Modifier.isStatic(m.getModifiers()) ? stat : instance).add(m.getName());
        for (Field f : extra.getFields()) if (Modifier.isStatic(f.getModifiers())) stat.add(f.getName());
        methods.put(extra, Set.copyOf(instance));
        statics.put(extra, Set.copyOf(stat));
        Map<String, Class<?>> holders = new LinkedHashMap<>(this.holders);
        holders.put(extra.getSimpleName(), extra);
        holders.put(extra.getName(), extra);
        Map<String, Class<?>> enums = new LinkedHashMap<>(this.enums);
        if (extra.isEnum()) {
            enums.put(extra.getSimpleName(), extra);
            enums.put(extra.getName(), extra);
        }
        Set<String> imports = new TreeSet<>(this.imports);
        imports.add(extra.getName());
        return new AllowList(patternTypes, methods, enums, holders, statics, imports);
    }

    /** The type a pattern names, by simple name or, for a type of the allow-list, its qualified name. */
    Optional<Class<?>> patternType(String name) {
        Class<?> t = patternTypes.get(name);
        if (t == null && name.contains(".")) {
            t = patternTypes.values().stream().filter(c -> c.getName().equals(name) || name.equals(c.getCanonicalName())).findFirst().orElse(null);
        }
        return Optional.ofNullable(t);
    }

    /** The enum a rule may name a constant of, by simple or qualified name. */
    Optional<Class<?>> enumType(String name) {
        Class<?> t = enums.get(name);
        if (t == null && name.contains(".")) t = enums.values().stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
        return Optional.ofNullable(t);
    }

    /** A class whose listed static methods a rule may call ({@code Functions.ratio(…)}), by simple or qualified name. */
    Optional<Class<?>> holder(String name) {
        Class<?> t = holders.get(name);
        if (t == null && name.contains(".")) t = holders.values().stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
        return Optional.ofNullable(t);
    }

    boolean allowsStatic(Class<?> holder, String member) {
        return statics.getOrDefault(holder, Set.of()).contains(member);
    }

    /** The static methods of a holder a rule may call, sorted, for messages. */
    Set<String> staticsOf(Class<?> holder) {
        return new TreeSet<>(statics.getOrDefault(holder, Set.of()));
    }

    /** The public method a call names, if the allow-list lets rules call it on a value of {@code type}. */
    Optional<Method> method(Class<?> type, String name, int arity) {
        Class<?> on = boxed(type);
        if (!allowedOn(on).contains(name)) return Optional.empty();
        return find(on, name, arity, false);
    }

    /** The public static method a call names on a holder, if allowed. */
    Optional<Method> staticMethod(Class<?> holder, String name, int arity) {
        if (!allowsStatic(holder, name)) return Optional.empty();
        return find(holder, name, arity, true);
    }

    /** Public methods by class, name, number of parameters and staticness, looked up once: validation runs per upload and per attack. */
    private final Map<String, Optional<Method>> found = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Method> find(Class<?> type, String name, int arity, boolean isStatic) {
        return found.computeIfAbsent(type.getName() + "#" + name + "/" + arity + (isStatic ? "s" : ""), k -> Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && Modifier.isStatic(m.getModifiers()) == isStatic)
                .min(Comparator.comparing(Method::toGenericString)));
    }

    /** The public static field a rule names on a holder, if allowed (the vocabulary allows none; a weakened list may). */
    Optional<Field> staticField(Class<?> holder, String name) {
        if (!allowsStatic(holder, name)) return Optional.empty();
        return Arrays.stream(holder.getFields()).filter(f -> f.getName().equals(name) && Modifier.isStatic(f.getModifiers())).findFirst();
    }

    /** A property as DRL reads it ({@code name} for {@code name()}, {@code getName()} or {@code isName()}), if allowed. */
    Optional<Method> property(Class<?> type, String name) {
        if (name.isEmpty()) return Optional.empty();
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + capital, "is" + capital)) {
            Optional<Method> m = method(type, candidate, 0);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** The properties and methods rules may use on a type, for messages. */
    Set<String> membersOf(Class<?> type) {
        return new TreeSet<>(allowedOn(boxed(type)));
    }

    /** The qualified names of every class the allow-list names. */
    Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        patternTypes.values().forEach(t -> names.add(t.getCanonicalName()));
        methods.keySet().forEach(t -> names.add(t.getCanonicalName()));
        enums.values().forEach(t -> names.add(t.getCanonicalName()));
        holders.values().forEach(t -> names.add(t.getCanonicalName()));
        return names;
    }

    boolean knows(Class<?> type) {
        return !allowedOn(boxed(type)).isEmpty() || patternTypes.containsValue(type);
    }

    private Set<String> allowedOn(Class<?> type) {
        Set<String> allowed = methods.get(type);
        return allowed == null ? Set.of() : allowed;
    }

    /** What a call answers: its declared type, with a collection's member type carried through ({@code List<String>}). */
    static Shape answer(Shape on, Method m) {
        Type t = m.getGenericReturnType();
        if (t instanceof Class<?> c) return Shape.of(c);
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            return new Shape(raw, args.length == 1 && args[0] instanceof Class<?> e ? e : null);
        }
        if (t instanceof java.lang.reflect.TypeVariable<?> && on.element() != null) return Shape.of(on.element());
        return Shape.of(m.getReturnType());
    }

    /** Whether an import brings in only names of the allow-list (a package of the vocabulary, or one allowed type). */
    boolean importable(String target) {
        return imports.contains(target);
    }

    Set<String> imports() {
        return new TreeSet<>(imports);
    }

    /** The names of pattern types, for messages. */
    Set<String> patternTypeNames() {
        Set<String> names = new TreeSet<>();
        patternTypes.forEach((n, t) -> {
            if (!n.contains(".")) names.add(n);
        });
        return names;
    }

    Set<String> enumNames() {
        Set<String> names = new TreeSet<>();
        enums.keySet().stream().filter(n -> !n.contains(".")).forEach(names::add);
        return names;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) return type;
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == double.class) return Double.class;
        if (type == boolean.class) return Boolean.class;
        if (type == float.class) return Float.class;
        if (type == short.class) return Short.class;
        if (type == byte.class) return Byte.class;
        if (type == char.class) return Character.class;
        return type;
    }
}
