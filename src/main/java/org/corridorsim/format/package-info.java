/**
 * How numbers, durations, intervals and distributions read: one formatter for the report and for
 * the built-in policies' descriptions. It sits below {@code policy}, above {@code stats} and
 * {@code random}. {@code JsonTrees} writes the result files' JSON and YAML trees.
 */
package org.corridorsim.format;
