"""The last slow plan (auto_explain) of each SELECT in a PostgreSQL log: python3 bench/pg-plannen.py postgres.log."""
import sys,re
txt=open(sys.argv[1]).read()
blocks=re.split(r'\n(?=\d{4}-\d\d-\d\d [\d:.]+ UTC \[\d+\] LOG:  duration)', txt)
last={}
for b in blocks:
    m=re.search(r'Query Text: (SELECT \w\.\w+)', b)
    if m and 'plan:' in b[:200]:
        last[m.group(1)]=b
for k,b in last.items():
    lines=[l[:180] for l in b.split('\n') if 'ANY (' not in l or len(l)<300]
    print('\n'.join(lines[:40])); print('-----')
