package org.opentvs.person;

/**
 * Damerau–Levenshtein distance as optimal string alignment (insertions, deletions, substitutions and
 * transpositions of adjacent characters; a transposed pair is not edited again), and the similarity
 * 1 - distance / longer length.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** 1 for equal strings (two empty ones too), 0 for nothing in common. Callers decide what a missing name means. */
    public static double similarity(CharSequence a, CharSequence b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longer;
    }
}
