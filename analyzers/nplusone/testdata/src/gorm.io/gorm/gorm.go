// Package gorm is a stub of gorm.io/gorm holding what nplusone matches.
package gorm

import "database/sql"

type DB struct {
	Error        error
	RowsAffected int64
}

type Association struct{ Error error }

func (db *DB) Where(query any, args ...any) *DB         { return db }
func (db *DB) Model(value any) *DB                      { return db }
func (db *DB) Preload(query string, args ...any) *DB    { return db }
func (db *DB) Raw(sql string, values ...any) *DB        { return db }
func (db *DB) First(dest any, conds ...any) *DB         { return db }
func (db *DB) Find(dest any, conds ...any) *DB          { return db }
func (db *DB) Take(dest any, conds ...any) *DB          { return db }
func (db *DB) Create(value any) *DB                     { return db }
func (db *DB) CreateInBatches(value any, size int) *DB  { return db }
func (db *DB) Save(value any) *DB                       { return db }
func (db *DB) Update(column string, value any) *DB      { return db }
func (db *DB) Updates(values any) *DB                   { return db }
func (db *DB) Delete(value any, conds ...any) *DB       { return db }
func (db *DB) Count(count *int64) *DB                   { return db }
func (db *DB) Pluck(column string, dest any) *DB        { return db }
func (db *DB) Scan(dest any) *DB                        { return db }
func (db *DB) Rows() (*sql.Rows, error)                 { return nil, nil }
func (db *DB) ScanRows(rows *sql.Rows, dest any) error  { return nil }
func (db *DB) Exec(sql string, values ...any) *DB       { return db }
func (db *DB) FirstOrCreate(dest any, conds ...any) *DB { return db }
func (db *DB) Association(column string) *Association   { return &Association{} }
func (db *DB) Transaction(fc func(tx *DB) error) error  { return fc(db) }

func (a *Association) Find(out any, conds ...any) error { return nil }
