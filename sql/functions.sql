-- The extension's objects as the catalog sees them: volatility, parallel
-- safety and strictness of the functions, the money_amount columns, comments.

-- functions of the extension: IMMUTABLE and PARALLEL SAFE; extract_amounts is not
-- STRICT, so that a NULL lang reaches it (and detects the language)
SELECT p.proname,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.provolatile AS volatility,
       p.proparallel AS parallel,
       p.proisstrict AS strict,
       p.proretset AS returns_set
FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'dossier'
ORDER BY p.proname, arguments;

-- every function has a comment for \df+
SELECT p.proname,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'dossier'
ORDER BY p.proname, arguments;

-- the columns of money_amount, in order
SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a
WHERE a.attrelid = (SELECT typrelid FROM pg_type WHERE oid = 'money_amount'::regtype)
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attnum;

-- the columns of named_entity, in order
SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a
WHERE a.attrelid = (SELECT typrelid FROM pg_type WHERE oid = 'named_entity'::regtype)
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY a.attnum;

-- the composite type has a comment
SELECT obj_description('money_amount'::regtype, 'pg_type') IS NOT NULL AS has_comment;

-- every object that belongs to the extension
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS object
FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'dossier'
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.deptype = 'e'
ORDER BY 1;

-- the extension is relocatable
SELECT extname, extrelocatable FROM pg_extension WHERE extname = 'dossier';

-- the argument names let callers use named notation
SELECT match, value, currency
FROM extract_amounts(body => 'Le billet coûte 5 €.', lang => 'fr')
ORDER BY start;
SELECT detect_language(body => 'The government presented its budget for the coming year on Tuesday.') AS detected;
