"""Entities and claims tp/pred/gold for all/odd/even halves of a gold folder (articles sorted by id),
and the articles whose counts differ from a second prediction file.  usage: halves.py GOLDDIR PRED [PRED2]"""
import importlib.util, json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("score", ROOT / "tests/quality/reference/score.py")
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
golds = sorted(S.load(Path(sys.argv[1])), key=lambda g: str(g["id"]))
def run(path):
    preds = {str(p["id"]): p for p in (json.loads(l) for l in open(path) if l.strip())}
    return {str(g["id"]): (i % 2, S.score_article(g, preds.get(str(g["id"]), {}))) for i, g in enumerate(golds)}
def f1(tp, pr, go):
    P = tp / pr if pr else 0; R = tp / go if go else 0
    return 2 * P * R / (P + R) if P + R else 0
def summary(res, name):
    for kind in ("entities", "claims"):
        out = []
        for h, label in ((None, "all"), (1, "odd"), (0, "even")):
            tp = pr = go = 0
            for k, (hh, s) in res.items():
                if h is None or hh == h:
                    a, b, c = s[kind]; tp += a; pr += b; go += c
            out.append(f"{label} {tp}/{pr}/{go} F1 {f1(tp, pr, go):.4f}")
        print(name, kind, " | ".join(out))
a = run(sys.argv[2]); summary(a, sys.argv[2])
if len(sys.argv) > 3:
    b = run(sys.argv[3]); summary(b, sys.argv[3])
    for k in a:
        for kind in ("entities", "claims"):
            if a[k][1][kind] != b[k][1][kind]:
                print("  ", kind, k, a[k][1][kind], "->", b[k][1][kind])
