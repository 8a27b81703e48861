// The C++ half of the lede Python package (lede._lede); lede/__init__.py wraps
// it with docstrings and the Python-side helpers.
#include "convert.h"

PYBIND11_MODULE(_lede, m) {
  m.doc() = "lede's C++ core: extraction, analysis, readers, the store (use the lede package).";
  lede::python::BindDocuments(m);
  lede::python::BindQueries(m);
  lede::python::BindStore(m);
}
