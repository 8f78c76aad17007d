package org.opentvs.reconciliation.control;

/** Edit distance with adjacent transpositions (optimal string alignment: a transposed pair is not edited again), and a similarity from it. */
public final class DamerauLevenshtein {

    private DamerauLevenshtein() {
    }

    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** 1 for equal strings, 0 for entirely different ones (distance relative to the longer length). */
    public static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longer;
    }
}
