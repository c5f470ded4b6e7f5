package org.concert.vocabulary;

import org.concert.casefile.Actor;
import org.concert.casefile.EventKind;
import org.concert.casefile.Event;
import org.concert.casefile.GreatPower;
import org.concert.casefile.Level;
import org.concert.casefile.Membership;
import org.concert.casefile.MembershipStatus;
import org.concert.casefile.NuclearPower;
import org.concert.casefile.Organisation;
import org.concert.casefile.OrganisationKind;
import org.concert.casefile.PastGreatPower;
import org.concert.vocabulary.Role.RoleType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a rule may name, in one place: the case facts it matches with their accessors, the
 * conclusion and warning types it derives with their kinds and named roles, the enums, the four
 * consequence statements and the project's functions. The rule compiler checks rules against it, rule
 * tests check their claims against it, and it is what an editor would complete from. The lists are read
 * from the types themselves (the sealed {@link Conclusion} and {@link Warning} interfaces, each record's
 * {@link Kind} and {@link Role}s), so a new type is declared once, as a record.
 */
public final class Vocabulary {

    /** One named role of a conclusion or warning type, e.g. {@code power: actor}. */
    public record RoleInfo(String name, RoleType type) {
    }

    /** A conclusion or warning type: its kind id, record name, meaning and roles in order. */
    public record TypeInfo(String kind, String type, String means, List<RoleInfo> roles) {

        public List<String> roleNames() {
            return roles.stream().map(RoleInfo::name).toList();
        }

        public Optional<RoleInfo> role(String name) {
            return roles.stream().filter(r -> r.name().equals(name)).findFirst();
        }
    }

    /** A fact type rules match, with the properties and methods a condition may use. */
    public record FactInfo(String type, List<String> properties, List<String> methods) {
    }

    /** One of the statements a consequence may consist of. */
    public record StatementInfo(String name, String form, String role, String means) {
    }

    /** The consequence statements, the only thing a rule's {@code then} part may say (one of them, once). */
    public static final List<StatementInfo> STATEMENTS = List.of(
            new StatementInfo("conclude", "conclude(new <Conclusion>(<roles>))", "derives",
                    "derive a conclusion; its statement comes from the rule's @statement template"),
            new StatementInfo("warn", "warn(<LEVEL>, new <Warning>(<roles>))", "warns",
                    "raise a warning at a level; its title comes from the rule's @statement template"),
            new StatementInfo("adjust", "adjust($warning, <steps>)", "adjusts",
                    "move a matched warning's level by whole steps (0 corroborates); its reason comes from @statement"),
            new StatementInfo("weigh", "weigh(<FOR|AGAINST>, <EXPLANATION>, $actor, $weight)", "weighs",
                    "count evidence for or against one of the competing explanations of §1; its statement comes from @statement"));

    /** Case facts, in the order a reader meets them. */
    public static final List<Class<?>> FACT_TYPES = List.of(Actor.class, GreatPower.class, PastGreatPower.class, NuclearPower.class,
            Organisation.class, Membership.class, Event.class, Parameter.class);

    /** The enums a rule may name a constant of. */
    public static final List<Class<? extends Enum<?>>> ENUMS = List.of(EventKind.class, MembershipStatus.class, OrganisationKind.class,
            Level.class, Explanation.class, Stance.class);

    /** Value types a pattern may match besides the vocabulary: members of a collection ({@code from}), collected lists. */
    public static final Set<String> VALUE_TYPES = Set.of("String", "List", "Collection", "Set", "Number", "Object");

    /**
     * What a rule may ask of the values facts carry (text, dates, numbers, collections), beyond the accessors of the
     * vocabulary's own types: reads that compute nothing but their answer. The rule validator admits these and nothing
     * else of the JDK.
     */
    public static final Map<Class<?>, Set<String>> VALUE_METHODS = valueMethods();

    private static Map<Class<?>, Set<String>> valueMethods() {
        Map<Class<?>, Set<String>> values = new LinkedHashMap<>();
        values.put(String.class, Set.of("equals", "equalsIgnoreCase", "isEmpty", "isBlank", "length", "startsWith", "endsWith", "contains", "compareTo"));
        values.put(java.time.LocalDate.class, Set.of("equals", "isBefore", "isAfter", "isEqual", "compareTo", "getYear", "getMonthValue", "getDayOfMonth",
                "plusYears", "plusMonths", "plusDays", "minusYears", "minusMonths", "minusDays"));
        Set<String> collection = Set.of("size", "isEmpty", "contains", "containsAll", "equals");
        for (Class<?> c : List.of(java.util.Collection.class, List.class, Set.class)) values.put(c, collection);
        Set<String> number = Set.of("equals", "compareTo", "intValue", "longValue", "doubleValue");
        for (Class<?> c : List.of(Number.class, Integer.class, Long.class, Double.class)) values.put(c, number);
        values.put(Boolean.class, Set.of("equals", "booleanValue"));
        return java.util.Collections.unmodifiableMap(values);
    }

    private static final Map<Class<?>, TypeInfo> CONCLUSIONS = types(Conclusion.class);
    private static final Map<Class<?>, TypeInfo> WARNINGS = types(Warning.class);
    private static final ClassValue<List<Method>> PARTICIPANTS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Role role = c.getAnnotation(Role.class);
                if (role != null && (role.value() == RoleType.ACTOR || role.value() == RoleType.ORGANISATION)) accessors.add(c.getAccessor());
            }
            return List.copyOf(accessors);
        }
    };
    private static final ClassValue<List<Method>> ROLE_ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getAnnotation(Role.class) != null)
                    .map(RecordComponent::getAccessor).toList();
        }
    };

    private Vocabulary() {
    }

    /** The records a sealed interface permits, through its sealed sub-interfaces, by name. */
    private static List<Class<?>> records(Class<?> sealed) {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> t : sealed.getPermittedSubclasses()) {
            if (t.isInterface()) records.addAll(records(t));
            else records.add(t);
        }
        records.sort(Comparator.comparing(Class::getSimpleName));
        return records;
    }

    /**
     * Families of types a rule may match as one, by interface name, e.g. {@code ExclusionSign}: its members
     * and the role they share.
     */
    public static Map<String, List<String>> families() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (Class<?> root : List.of(Conclusion.class, Warning.class)) {
            for (Class<?> t : root.getPermittedSubclasses()) {
                if (t.isInterface()) families.put(t.getSimpleName(), records(t).stream().map(Class::getSimpleName).toList());
            }
        }
        return families;
    }

    private static Map<Class<?>, TypeInfo> types(Class<?> sealed) {
        Map<Class<?>, TypeInfo> types = new LinkedHashMap<>();
        for (Class<?> t : records(sealed)) {
            Kind kind = t.getAnnotation(Kind.class);
            if (kind == null || !t.isRecord()) throw new IllegalStateException(t.getName() + " needs to be a record with @Kind");
            List<RoleInfo> roles = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) {
                Role role = c.getAnnotation(Role.class);
                if (role != null) roles.add(new RoleInfo(c.getName(), role.value()));
            }
            types.put(t, new TypeInfo(kind.value(), t.getSimpleName(), kind.means(), List.copyOf(roles)));
        }
        return java.util.Collections.unmodifiableMap(types);
    }

    /** Every conclusion type, by record name. */
    public static List<TypeInfo> conclusions() {
        return List.copyOf(CONCLUSIONS.values());
    }

    /** Every warning type, by record name. */
    public static List<TypeInfo> warnings() {
        return List.copyOf(WARNINGS.values());
    }

    public static Optional<TypeInfo> conclusion(String typeName) {
        return CONCLUSIONS.values().stream().filter(t -> t.type().equals(typeName)).findFirst();
    }

    public static Optional<TypeInfo> warning(String typeName) {
        return WARNINGS.values().stream().filter(t -> t.type().equals(typeName)).findFirst();
    }

    /** The kind ids of conclusions, sorted, e.g. {@code buffer-state}. */
    public static Set<String> conclusionKinds() {
        Set<String> kinds = new TreeSet<>();
        CONCLUSIONS.values().forEach(t -> kinds.add(t.kind()));
        return kinds;
    }

    /** The kind ids of warnings, sorted, e.g. {@code red-line-crossed}. */
    public static Set<String> warningKinds() {
        Set<String> kinds = new TreeSet<>();
        WARNINGS.values().forEach(t -> kinds.add(t.kind()));
        return kinds;
    }

    public static Optional<TypeInfo> conclusionOfKind(String kind) {
        return CONCLUSIONS.values().stream().filter(t -> t.kind().equals(kind)).findFirst();
    }

    public static TypeInfo of(Conclusion c) {
        return CONCLUSIONS.get(c.getClass());
    }

    public static TypeInfo of(Warning w) {
        return WARNINGS.get(w.getClass());
    }

    /** The values of a conclusion's or warning's roles, in order. */
    public static List<String> roleValues(Object derived) {
        List<String> values = new ArrayList<>();
        for (Method m : ROLE_ACCESSORS.get(derived.getClass())) values.add((String) invoke(m, derived));
        return values;
    }

    /** The actor and organisation roles of a warning, in order, each once. */
    static List<String> participants(Warning w) {
        Set<String> ids = new LinkedHashSet<>();
        for (Method m : PARTICIPANTS.get(w.getClass())) {
            Object v = invoke(m, w);
            if (v != null) ids.add((String) v);
        }
        return List.copyOf(ids);
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + m.getName() + " of " + target.getClass().getSimpleName(), e);
        }
    }

    /** Every type a rule's pattern may match, by simple name: facts, conclusions, warnings, their interfaces, and the rest. */
    public static Map<String, Class<?>> matchableTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> t : FACT_TYPES) types.put(t.getSimpleName(), t);
        for (Class<?> t : CONCLUSIONS.keySet()) types.put(t.getSimpleName(), t);
        for (Class<?> t : WARNINGS.keySet()) types.put(t.getSimpleName(), t);
        types.put("Conclusion", Conclusion.class);
        types.put("Warning", Warning.class);
        for (Class<?> root : List.of(Conclusion.class, Warning.class)) {
            for (Class<?> t : root.getPermittedSubclasses()) if (t.isInterface()) types.put(t.getSimpleName(), t);
        }
        types.put("LevelChange", LevelChange.class);
        types.put("Evidence", Evidence.class);
        return types;
    }

    /** A fact type's properties (record components and {@code isX()} flags as {@code x}) and its public methods. */
    public static FactInfo describe(Class<?> type) {
        Set<String> properties = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        if (type.isRecord()) for (RecordComponent c : type.getRecordComponents()) properties.add(c.getName());
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class) continue;
            methods.add(m.getName());
            if (m.getParameterCount() == 0 && m.getName().startsWith("is") && m.getName().length() > 2) {
                properties.add(Character.toLowerCase(m.getName().charAt(2)) + m.getName().substring(3));
            }
        }
        if (!type.isRecord()) methods.stream().filter(m -> !m.startsWith("is")).forEach(properties::add);
        return new FactInfo(type.getSimpleName(), List.copyOf(properties), List.copyOf(methods));
    }

    /** The constants of an enum a rule may name, by enum simple name. */
    public static Map<String, List<String>> enums() {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> e : ENUMS) {
            enums.put(e.getSimpleName(), Arrays.stream(e.getEnumConstants()).map(Enum::name).toList());
        }
        return enums;
    }

    /** The public static functions rules and templates may call, as {@code Functions.name}. */
    public static List<String> functions() {
        return Arrays.stream(Functions.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).distinct().sorted().toList();
    }
}
