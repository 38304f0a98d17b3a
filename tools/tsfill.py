#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt Linguist .ts file from a table of translations and reports what is left.

    tools/tsfill.py translations/tribune_fr.ts translations/fr.tsv
    tools/tsfill.py translations/tribune_en.ts --english

The table is tab-separated: context, source, translation (plural forms separated by " || ").
Escapes \\n and \\t are understood in all three columns. --english copies each source text as its
own translation (English is the source language; only plural forms really need it).
Exits 1 if any message is still unfinished, printing them. Run `./dev translations` afterwards:
lupdate rewrites the file in its own layout, which keeps diffs small.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace('\\n', '\n').replace('\\t', '\t')


def english_plural(source):
    one = source.replace('(s)', '')
    many = source.replace('(s)', 's')
    return [one, many]


def main():
    ts_path = sys.argv[1]
    english = '--english' in sys.argv
    table = {}
    if not english:
        with open(sys.argv[2], encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                context, source, translation = line.split('\t')
                table[(context, unescape(source))] = unescape(translation)
    tree = ET.parse(ts_path)
    missing = []
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for message in ctx.iter('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            plural = message.get('numerus') == 'yes'
            if english:
                text = ' || '.join(english_plural(source)) if plural else source
            else:
                text = table.get((name, source))
            if text is None:
                if translation.get('type') == 'unfinished':
                    missing.append((name, source))
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if plural:
                for form in text.split(' || '):
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = text
            translation.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    with open(ts_path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    for name, source in missing:
        print(f'unfinished: {name}\t{source!r}')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
