#!/usr/bin/env python3
"""Upper bound on the Mozilla-set body F1 for an extractor that does what issue 4 asks.

The Mozilla gold is Readability.js's output, which keeps image captions, related-story links,
newsletter boxes and the like. Issue 4 asks for them to be removed (captions kept apart). An
extractor that returned exactly the gold minus those lines would have precision 1; its F1 against
the gold is the best any extractor following the issue can score. This computes that figure with
score.py's own shingle F1 and macro mean, from:

  - the <figcaption> elements in expected.html (mechanical, no judgement);
  - two blind labellings (labels-a.jsonl, labels-b.jsonl) of every gold line that the issue's
    own words put outside the body (instructions in labelling-task.md).

Optionally scores a prediction file against the "spec gold" (gold minus lines both labellings
put in a strict category), which shows where an extractor still differs from what the issue asks.

usage: bound.py [--data DIR] [--pred mozilla-factcheck.jsonl] [-v]
"""
import argparse, glob, json, os, re, sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
STRICT = {'caption', 'related', 'newsletter', 'share', 'comments', 'ad', 'cookie', 'tags', 'nav', 'footer'}
NON_ARTICLES = ('nytimes-5', 'mozilla-1', 'hukumusume')  # a section front, a product page, a children's portal

ap = argparse.ArgumentParser()
ap.add_argument('--data', default=str(HERE.parents[2] / 'shared/bench/article-extraction'))
ap.add_argument('--pred')
ap.add_argument('-v', action='store_true')
args = ap.parse_args()
sys.path.insert(0, args.data)
import score as S  # noqa: E402

gold = {g[0]: g[1] for g in S.load_gold('moz', Path(args.data))}
pages = Path(args.data) / 'mozilla-readability/test-pages'


def load(path):
    lab = defaultdict(lambda: defaultdict(set))
    for line in open(path, encoding='utf-8'):
        if line.strip():
            o = json.loads(line)
            if 'category' in o:
                lab[o['page']][o['category']].update(range(o['from'], o['to'] + 1))
    return lab


A, B = load(HERE / 'labels-a.jsonl'), load(HERE / 'labels-b.jsonl')


class FigcaptionText(S._Text):
    """score.py's HTML-to-text, also collecting the text inside <figcaption>."""

    def __init__(self):
        super().__init__()
        self.depth, self.caps = 0, []

    def handle_starttag(self, tag, attrs):
        if tag == 'figcaption':
            self.depth += 1
            self.caps.append('')
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == 'figcaption' and self.depth:
            self.depth -= 1
        super().handle_endtag(tag)

    def handle_data(self, data):
        if self.depth:
            self.caps[-1] += data + '\n'
        super().handle_data(data)


def words(s):
    return ' '.join(S.tokenize(s))


def figcaption_lines(pid, body):
    p = FigcaptionText()
    p.feed((pages / pid / 'expected.html').read_text('utf-8'))
    p.close()
    caps = {words(x) for c in p.caps for x in c.split('\n') if words(x)}
    return {i for i, l in enumerate(body.split('\n'), 1) if words(l) and words(l) in caps}


def f1(pred, g):
    tp, fp, fn = S.shingle_tp_fp_fn(g, pred)
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def without(body, drop):
    return '\n'.join(l for i, l in enumerate(body.split('\n'), 1) if i not in drop)


def bound(drop_of, skip=()):
    return sum(f1(without(b, set() if pid in skip else drop_of(pid, b)), b)[0] for pid, b in gold.items()) / len(gold)


def labelled(lab, cats):
    return lambda pid, body: set().union(set(), *(lab[pid][c] for c in cats))


def agreed(cats):
    return lambda pid, body: set().union(set(), *(A[pid][c] & B[pid][c] for c in cats))


print(f'Mozilla set: {len(gold)} pages; F1 of (gold minus the lines named) against the gold, macro mean')
print(f'  {bound(figcaption_lines):.4f}  <figcaption> text only (mechanical)')
rows = [('strict categories', STRICT), ('strict without nav and footer', STRICT - {'nav', 'footer'}),
        ('captions', {'caption'}), ('related-story links', {'related'})]
for name, cats in rows:
    a, b, both = bound(labelled(A, cats)), bound(labelled(B, cats)), bound(agreed(cats))
    whole = bound(agreed(cats), NON_ARTICLES)
    print(f'  {both:.4f}  {name}: lines both labellings mark (A alone {a:.4f}, B alone {b:.4f}); '
          f'{whole:.4f} with the three non-article pages left whole')
union = lambda pid, body: figcaption_lines(pid, body) | agreed(STRICT - {'nav', 'footer'})(pid, body)
print(f'  {bound(union, NON_ARTICLES):.4f}  <figcaption> text, plus strict-without-nav/footer lines both mark, non-articles whole')

if args.pred:
    pred = {o['id']: o.get('articleBody') or '' for o in map(json.loads, open(args.pred, encoding='utf-8')) if not o.get('_meta')}
    rows = sorted((*f1(pred.get(pid, ''), without(b, agreed(STRICT)(pid, b))), pid) for pid, b in gold.items())
    mean = sum(r[0] for r in rows) / len(rows)
    print(f'{args.pred}: F1 {mean:.4f} against the spec gold (gold minus the strict lines both labellings mark)')
    if args.v:
        for f, p, r, pid in rows[:30]:
            print(f'  {f:.3f} P{p:.3f} R{r:.3f} {pid}')
