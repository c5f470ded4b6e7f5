/**
 * Tests of the rules, written as data beside them ({@code rules/tests/*.yaml}, OpenFisca style): each
 * entry has a sentence for a name, a few case facts in the case-file vocabulary, an as-of date, and the
 * warnings, conclusions and evidence expected present or absent. {@link org.concert.ruletests.RuleTests}
 * reads them, filling in what is obvious (ids, names, a fixture source); {@link org.concert.ruletests.RuleTestRunner}
 * builds each entry into a case, checks it like any case file, evaluates it and reports what differs.
 * An entry may name the rule it exercises and say it is a near miss, in which case the rule must not fire.
 */
package org.concert.ruletests;
