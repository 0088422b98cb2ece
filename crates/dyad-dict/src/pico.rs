//! UniversalPetrarch's internal coding ontology (PICO): each CAMEO code has a numeric value;
//! negation adds or removes 0xFFFF ("not disapprove" 110 = 0xFFFF + 0x80 → 050 = 0x80).

/// Evaluates a PICO value: hexadecimal or decimal terms joined by `+` and `-`.
pub fn eval(expr: &str) -> Option<i64> {
    let e: String = expr.split_whitespace().collect();
    if e.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut sign = 1i64;
    let mut term = String::new();
    let flush = |term: &mut String, sign: i64, total: &mut i64| -> Option<()> {
        if term.is_empty() {
            return Some(());
        }
        let v = match term.strip_prefix("0x").or_else(|| term.strip_prefix("0X")) {
            Some(h) => i64::from_str_radix(h, 16).ok()?,
            None => term.parse().ok()?,
        };
        *total += sign * v;
        term.clear();
        Some(())
    };
    for c in e.chars() {
        match c {
            '+' | '-' => {
                flush(&mut term, sign, &mut total)?;
                sign = if c == '-' { -1 } else { 1 };
            }
            _ => term.push(c),
        }
    }
    flush(&mut term, sign, &mut total)?;
    Some(total)
}

/// The code meaning "not `code`" under a PICO table, if the table has one.
pub fn negate<'a>(table: &'a [(String, i64)], code: &str) -> Option<&'a str> {
    let v = table.iter().find(|(c, _)| c == code)?.1;
    let n = if v >= 0xFFFF { v - 0xFFFF } else { v + 0xFFFF };
    table.iter().find(|(_, x)| *x == n).map(|(c, _)| c.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_negation() {
        assert_eq!(eval("0x1000-0xFFFF"), Some(0x1000 - 0xFFFF));
        assert_eq!(eval("-0xFFFF+0x2040+0x300"), Some(-0xFFFF + 0x2040 + 0x300));
        assert_eq!(eval("0x1007f"), Some(0x1007f));
        assert_eq!(eval("0xZZ"), None);
        let t = vec![
            ("050".to_string(), 0x80),
            ("110".to_string(), 0x1007f),
            ("190".to_string(), 0xA0),
        ];
        assert_eq!(negate(&t, "110"), Some("050"));
        assert_eq!(negate(&t, "050"), Some("110"));
        assert_eq!(negate(&t, "190"), None);
    }
}
